import { useEffect, useState } from "react";
import { ApiError } from "../../api/api-error";
import { getSettings } from "../../api/settings.api";
import type { User } from "../../api/types";
import { listUsers } from "../../api/users.api";

/** People a conversation can be assigned to; `null` users means this role may not list them (agents). */
export interface Assignees {
  users: User[] | null;
  loaded: boolean;
}

// Shared by the list and the open conversation, which mount together; keyed by who is signed in.
let usersCache: { key: string; promise: Promise<User[] | null> } | null = null;
let languageCache: { key: string; promise: Promise<string | null> } | null = null;

function loadUsers(viewerId: string): Promise<User[] | null> {
  if (usersCache?.key !== viewerId) {
    const promise = listUsers().then(
      (page) => page.items,
      (err: unknown) => {
        if (err instanceof ApiError && err.status === 403) return null;
        usersCache = null; // a transient failure is retried next time
        throw err;
      },
    );
    usersCache = { key: viewerId, promise };
  }
  return usersCache.promise;
}

export function useAssignees(viewerId: string): Assignees {
  const [state, setState] = useState<Assignees>({ users: null, loaded: false });
  useEffect(() => {
    let live = true;
    loadUsers(viewerId).then(
      (users) => live && setState({ users, loaded: true }),
      () => live && setState({ users: null, loaded: true }),
    );
    return () => {
      live = false;
    };
  }, [viewerId]);
  return state;
}

/** The workspace working language: what inbound messages are translated into and agents write in. */
export function useWorkingLanguage(viewerId: string): string | null {
  const [language, setLanguage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (languageCache?.key !== viewerId) {
      const promise = getSettings().then(
        (s) => s.workingLanguage,
        () => {
          languageCache = null;
          return null;
        },
      );
      languageCache = { key: viewerId, promise };
    }
    void languageCache.promise.then((l) => live && setLanguage(l));
    return () => {
      live = false;
    };
  }, [viewerId]);
  return language;
}

export function userName(users: User[] | null, id: string): string | null {
  return users?.find((u) => u.id === id)?.name ?? null;
}
