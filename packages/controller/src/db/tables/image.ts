/** Image (Glance) tables: image records and their members. Image data lives in the image store, not here. */

/** One image record (`img_images`). Booleans are 0/1; `properties` and `tags` are JSON text. */
export interface ImageTable {
  id: string;
  name: string | null;
  /** queued, saving, active, killed, deactivated (deleted images are removed). */
  status: string;
  visibility: string;
  protected: number;
  os_hidden: number;
  checksum: string | null;
  os_hash_algo: string | null;
  os_hash_value: string | null;
  size: number | null;
  virtual_size: number | null;
  disk_format: string | null;
  container_format: string | null;
  min_disk: number;
  min_ram: number;
  /** Owning project id. */
  owner: string | null;
  /** Custom properties: JSON object of strings. */
  properties: string;
  /** JSON array of strings. */
  tags: string;
  /** Stores holding the data: comma-separated store ids, sorted ('' = none; migration 200). */
  stores: string;
  created_at: string;
  updated_at: string;
}

/** A project an image is shared with (`img_members`). */
export interface ImageMemberTable {
  image_id: string;
  member_id: string;
  /** pending, accepted, rejected */
  status: string;
  created_at: string;
  updated_at: string;
}

/** A metadata definition namespace (`img_metadef_namespaces`). */
export interface MetadefNamespaceTable {
  id: string;
  namespace: string;
  display_name: string | null;
  description: string | null;
  /** public, private */
  visibility: string;
  protected: number;
  owner: string | null;
  created_at: string;
  updated_at: string;
}

/** A resource type of the metadefs catalog (`img_metadef_resource_types`). */
export interface MetadefResourceTypeTable {
  name: string;
  protected: number;
  created_at: string;
  updated_at: string;
}

/** A namespace's association with a resource type (`img_metadef_ns_resource_types`). */
export interface MetadefNsResourceTypeTable {
  namespace_id: string;
  resource_type: string;
  prefix: string | null;
  properties_target: string | null;
  created_at: string;
  updated_at: string;
}

/** An object, property or tag of a namespace; `body` is the definition's JSON. */
export interface MetadefItemTable {
  namespace_id: string;
  name: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** Data staged for a `glance-direct` import, inspected and hashed (`img_staging`). */
export interface ImageStagingTable {
  image_id: string;
  size: number;
  virtual_size: number | null;
  checksum: string;
  os_hash_value: string;
  /** The store the staged data was written to. */
  store: string;
  created_at: string;
}

/** An image import task (`img_tasks`). */
export interface ImageTaskTable {
  id: string;
  /** api_image_import */
  type: string;
  /** pending, processing, success, failure */
  status: string;
  owner: string | null;
  image_id: string;
  request_id: string | null;
  user_id: string | null;
  /** JSON: {image_id, import_req, backend} */
  input: string;
  /** JSON or null */
  result: string | null;
  message: string;
  created_at: string;
  updated_at: string;
}

/** Every image table by name. */
export interface ImageTables {
  img_images: ImageTable;
  img_members: ImageMemberTable;
  img_metadef_namespaces: MetadefNamespaceTable;
  img_metadef_resource_types: MetadefResourceTypeTable;
  img_metadef_ns_resource_types: MetadefNsResourceTypeTable;
  img_metadef_objects: MetadefItemTable;
  img_metadef_properties: MetadefItemTable;
  img_metadef_tags: MetadefItemTable;
  img_staging: ImageStagingTable;
  img_tasks: ImageTaskTable;
}
