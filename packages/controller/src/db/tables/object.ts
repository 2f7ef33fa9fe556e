/** Object storage tables (Swift accounts, containers, objects). Object data is never in the database. */

/** `object_accounts`: a project's account metadata (created on first write; absent = empty account). */
export interface ObjectAccountsTable {
  project_id: string;
  metadata: string; // JSON {name: value}, names lower-case without the X-Account-Meta- prefix
  /** The account ACL (X-Account-Access-Control, normalised JSON), '' for none. */
  access_control: string;
  created_at: string;
}

/** `object_containers` */
export interface ObjectContainersTable {
  id: string;
  project_id: string;
  /** Byte-ordered (COLLATE "C" on PostgreSQL), like Swift's listings. */
  name: string;
  metadata: string; // JSON {name: value}, without the X-Container-Meta- prefix
  /** X-Container-Read as stored (cleaned, comma-separated; '' = none). */
  read_acl: string;
  /** X-Container-Write as stored ('' = none). */
  write_acl: string;
  /** The archive container of Swift's legacy versioning (X-Versions-Location / X-History-Location; '' = none). */
  versions_location: string;
  /** 'stack' (X-Versions-Location), 'history' (X-History-Location), or '' (none). */
  versions_mode: string;
  object_count: number;
  bytes_used: number;
  created_at: string;
  /** Last change to the container or its objects (listing `last_modified`). */
  updated_at: string;
}

/** `objects`: one row per visible object; `data_id` names its data in the store. */
export interface ObjectsTable {
  container_id: string;
  /** Byte-ordered (COLLATE "C" on PostgreSQL). */
  name: string;
  data_id: string;
  bytes: number;
  etag: string; // MD5 hex
  content_type: string;
  /** JSON: {meta: {name: value}, headers: {content-encoding?, content-disposition?}} */
  metadata: string;
  /** ISO-8601 with microseconds (X-Timestamp, Last-Modified and listings derive from it). */
  last_modified: string;
  /** Unix seconds after which the object is gone (X-Delete-At), or null. */
  delete_at: number | string | null;
}

/** Every object-store table by name. */
export interface ObjectTables {
  object_accounts: ObjectAccountsTable;
  object_containers: ObjectContainersTable;
  objects: ObjectsTable;
}
