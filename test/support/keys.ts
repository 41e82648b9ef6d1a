/** Ed25519, for the processing-log checkpoints of test servers (a test key: never use it elsewhere). */
export const TEST_AUDIT_SIGNING_KEY =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ5bEYiNFqskfHjgIuMy44yFpfJ/VHud8yeXuc+heP87\n-----END PRIVATE KEY-----\n';
