// The few calls of better-sqlite3 this project makes directly (backups, e2e fixtures); Prisma's
// adapter uses the rest. Written here rather than pulling in @types/better-sqlite3 for them.
declare module "better-sqlite3" {
  namespace Database {
    interface Statement {
      run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
    }
    interface Database {
      prepare(sql: string): Statement;
      pragma(statement: string): unknown;
      exec(sql: string): this;
      transaction<T extends (...args: never[]) => unknown>(work: T): T;
      backup(destination: string): Promise<{ totalPages: number; remainingPages: number }>;
      close(): void;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
  }
  const Database: new (file: string, options?: Database.Options) => Database.Database;
  export = Database;
}
