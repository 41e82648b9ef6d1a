import { SMTPServer } from 'smtp-server';

/** An SMTP server that accepts and discards everything, in its own process; reports how many over IPC. */
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  disableReverseLookup: true,
  maxClients: 100,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address() as { port: number };
  process.send!({ port: address.port });
});
process.on('message', (m: { ask?: string }) => {
  if (m.ask === 'count') process.send!({ count: received });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
