import type { QueryClient } from '@tanstack/react-query';

/** After a change to a list's subscribers: its pages, its counts and the lists' counts are stale. */
export const invalidateSubscribers = (queryClient: QueryClient, listId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['subscribers', listId] }),
    queryClient.invalidateQueries({ queryKey: ['list', listId] }),
    queryClient.invalidateQueries({ queryKey: ['lists'] }),
  ]);
