import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

// Uses MUNDO_TEST_DATABASE_URL (an existing server, a database we may create databases on) when given;
// otherwise starts a throwaway cluster for this run.
export default async function setup(project: TestProject) {
  const given = process.env.MUNDO_TEST_DATABASE_URL;
  const cluster = given ? null : await startPostgresCluster();
  project.provide("postgresUrl", given ?? cluster!.url);
  return () => cluster?.stop();
}
