/**
 * This file was generated from schemas/object-store.yaml by packages/sdk/scripts/generate.mjs
 * (openapi-typescript). Do not edit: change the schema and run `npm run generate`.
 */

export interface paths {
    "/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activated capabilities */
        get: operations["showObjectStoreInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthcheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Swift's healthcheck middleware. `200` with the body `OK` while the service answers.
         */
        get: operations["showObjectStoreHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crossdomain.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cross-domain policy
         * @description Swift's crossdomain middleware: the Flash/Silverlight cross-domain policy document.
         *     oscloud's grants no domain (an empty `<cross-domain-policy>`).
         */
        get: operations["showCrossDomainPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/AUTH_{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Show account details and list containers */
        get: operations["listContainers"];
        /**
         * Extract an archive
         * @description Swift's bulk middleware, with the query `?extract-archive=tar|tar.gz|tar.bz2` (also on a
         *     container: `PUT /v1/AUTH_{project_id}/{container}?extract-archive=...`, every file
         *     becoming an object of that container). Each regular file of the archive becomes the
         *     object `<container>/<object>` of its path (containers created as needed), with the
         *     name checks, quotas and versioning of an object PUT. The answer is always 200 with the
         *     report — `Number Files Created`, `Response Status` (`201 Created`, or `400 Bad
         *     Request`), `Response Body` (`Invalid Tar File: ...`), `Errors` — as `Key: value`
         *     lines, or JSON with `Accept: application/json`. Another format is 400.
         */
        put: operations["extractArchive"];
        /**
         * Create, update, or delete account metadata
         * @description `X-Account-Meta-<name>: <value>` sets, an empty value or
         *     `X-Remove-Account-Meta-<name>` removes; other metadata is kept.
         *     `X-Account-Meta-Quota-Bytes` (the account quota) is set and removed only by the
         *     reseller admin (oscloud's admin): 403 for the account's own users; a value that is not
         *     a non-negative integer is 400 `Invalid bytes quota.`. `X-Account-Access-Control` sets
         *     the account ACL (an owner only; an empty value removes it; malformed JSON, an unknown
         *     key, a non-list or non-string grantee: 400). `POST ?bulk-delete` is `bulkDelete`.
         */
        post: operations["updateAccountMetadata"];
        /**
         * Bulk delete
         * @description Swift's bulk middleware, with the query `?bulk-delete` (also as `POST ?bulk-delete`).
         *     The body lists URL-encoded `<container>/<object>` or `<container>` paths, one a line,
         *     at most 10,000; they are deleted in order (a container only when empty). The answer is
         *     always 200 with the report — `Number Deleted`, `Number Not Found`, `Response Status`
         *     (`200 OK`, `400 Bad Request` when an item failed), `Response Body`, `Errors` (one
         *     `<path>, <status>` per failure) — as `Key: value` lines, or JSON with
         *     `Accept: application/json`.
         */
        delete: operations["bulkDelete"];
        options?: never;
        /** Show account metadata */
        head: operations["showAccountMetadata"];
        patch?: never;
        trace?: never;
    };
    "/v1/AUTH_{project_id}/{container}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
            };
            cookie?: never;
        };
        /** Show container details and list objects */
        get: operations["listObjects"];
        /**
         * Create container
         * @description 201 when created, 202 when it existed (its metadata is then updated).
         *     `X-Container-Read` (`<project>:<user>` elements, ids or names or `*`; referrers
         *     `.r:*`, `.r:<host>`, `.r:.<domain>`, `-` to deny; `.rlistings`) and `X-Container-Write`
         *     (`<project>:<user>` elements) grant other projects' users, and anonymous referrers, reads
         *     of the objects (and listing) or object writes; only the owner sees and sets them.
         *     `X-Versions-Location: <container>` (stack mode) or `X-History-Location: <container>`
         *     (history mode) turns on Swift's legacy object versioning with that archive container of
         *     the account (both at once: 400; a name with `/`: 412); an empty value,
         *     `X-Remove-Versions-Location` or `X-Remove-History-Location` turns it off. HEAD/GET show
         *     the one set.
         */
        put: operations["createContainer"];
        /**
         * Create, update, or delete container metadata
         * @description `X-Container-Meta-<name>` sets (an empty value removes), `X-Remove-Container-Meta-<name>`
         *     removes; `X-Container-Read`/`X-Container-Write` set the ACLs (see createContainer),
         *     `X-Remove-Container-Read`/`-Write` remove them; versioning headers as in createContainer.
         */
        post: operations["updateContainerMetadata"];
        /** Delete container */
        delete: operations["deleteContainer"];
        options?: never;
        /** Show container metadata */
        head: operations["showContainerMetadata"];
        patch?: never;
        trace?: never;
    };
    "/v1/AUTH_{project_id}/{container}/{object}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
                /** @description Object name (may contain `/`, at most 1024 bytes). */
                object: components["parameters"]["Object"];
            };
            cookie?: never;
        };
        /**
         * Get object content and metadata
         * @description `Range: bytes=...` (one range: 206 with `Content-Range`; several: 206
         *     `multipart/byteranges`; none satisfiable: 416), `If-Match`, `If-None-Match`,
         *     `If-Modified-Since`, `If-Unmodified-Since` (304/412). A large object (a static one,
         *     `X-Static-Large-Object: True`, or a dynamic one, `X-Object-Manifest`) reads as its
         *     segments concatenated, its `ETag` the MD5 of their etags; `?multipart-manifest=get`
         *     returns a static one's manifest instead (`format=raw`: in the form it was PUT).
         */
        get: operations["showObject"];
        /**
         * Create or replace object
         * @description The body is the data (`Content-Length` or `Transfer-Encoding: chunked`); an `ETag`
         *     header is checked against the MD5 of what arrived (422 on mismatch, nothing written).
         *     `X-Copy-From: <container>/<object>` copies instead (the body must be empty).
         *     `If-None-Match: *` refuses to overwrite (412).
         *     `X-Object-Manifest: <container>/<prefix>` makes it a dynamic large object.
         *     `X-Delete-At: <Unix seconds>` or `X-Delete-After: <seconds>` makes it expire (400
         *     `Non-integer X-Delete-At` / `X-Delete-At in past`); an expired object is 404 at once and
         *     removed by the expiry sweep. A POST sets the expiry again (none when neither is sent).
         *     `?multipart-manifest=put`: the body is a static large object's manifest, a JSON list of
         *     `{path: "/<container>/<object>", etag, size_bytes}` (etag and size optional); every
         *     segment must exist in this account, be readable by the caller, match the etag and size
         *     given and hold at least `min_segment_size` bytes, else 400 `Errors:` with one line per
         *     bad segment and nothing written.
         *     In a versioned container the version being replaced is first copied to the archive
         *     container as `<3-hex-digit name length><name>/<timestamp>` (412 when the archive
         *     container does not exist).
         */
        put: operations["createObject"];
        /**
         * Create or update object metadata
         * @description Replaces every `X-Object-Meta-*` of the object (Swift's fast-POST).
         */
        post: operations["updateObjectMetadata"];
        /**
         * Delete object
         * @description `?multipart-manifest=delete` on a static large object also deletes its segments and
         *     answers 200 with a bulk-delete report (`Number Deleted`, `Number Not Found`, `Errors`;
         *     JSON with `Accept: application/json`, else text).
         *     In a container with `X-Versions-Location` the newest archived version is put back in
         *     place (and removed from the archive); with `X-History-Location` the current version is
         *     archived and a delete marker (`application/x-deleted;swift_versions_deleted=1`) written
         *     to the archive before the delete (412 when the archive container does not exist).
         */
        delete: operations["deleteObject"];
        options?: never;
        /** Show object metadata */
        head: operations["showObjectMetadata"];
        patch?: never;
        trace?: never;
    };
    "/s3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * S3: ListBuckets
         * @description The S3-compatible face (path-style, `<root>/s3/<bucket>/<key>`): a bucket is a container
         *     of the signing EC2 credential's project, an object the same object Swift serves. Every
         *     `/s3` request is signed with AWS Signature Version 4 (`Authorization: AWS4-HMAC-SHA256
         *     Credential=<access>/<date>/<region>/s3/aws4_request, ...` or a presigned URL's `X-Amz-*`
         *     query) by a Keystone EC2 credential (`/v3/users/{user_id}/credentials/OS-EC2`), with
         *     `x-amz-date` within 15 minutes; `x-amz-content-sha256` is a SHA-256, `UNSIGNED-PAYLOAD`,
         *     `STREAMING-AWS4-HMAC-SHA256-PAYLOAD` or `STREAMING-UNSIGNED-PAYLOAD-TRAILER`. Bodies
         *     and errors are S3's XML (`<Error><Code>NoSuchKey</Code><Message/><Resource/><RequestId/></Error>`).
         *     The rule of each operation is checked on the credential's roles. Buckets whose names end
         *     in `+segments` (where multipart parts are kept) are not listed.
         */
        get: operations["listS3Buckets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s3/{bucket}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
            };
            cookie?: never;
        };
        /**
         * S3: ListObjectsV2 (`list-type=2`), ListObjects, GetBucketLocation (`?location`)
         * @description `prefix`, `delimiter` (CommonPrefixes), `max-keys` (at most 1000), `continuation-token`
         *     and `start-after` (v2), `marker` (v1), `encoding-type=url`. Other sub-resources: 501.
         */
        get: operations["listS3Objects"];
        /**
         * S3: CreateBucket
         * @description S3's bucket name rules (3-63 characters of `a-z0-9.-`), else 400 InvalidBucketName; an
         *     existing bucket of the project is 409 BucketAlreadyOwnedByYou. A
         *     `CreateBucketConfiguration` body is accepted and ignored.
         */
        put: operations["createS3Bucket"];
        /**
         * S3: DeleteObjects (`?delete`)
         * @description A `<Delete>` document of at most 1000 keys; answers `<DeleteResult>` (with `Quiet`, only the errors).
         */
        post: operations["deleteS3Objects"];
        /** S3: DeleteBucket */
        delete: operations["deleteS3Bucket"];
        options?: never;
        /** S3: HeadBucket */
        head: operations["showS3Bucket"];
        patch?: never;
        trace?: never;
    };
    "/s3/{bucket}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
                /** @description Object key (may contain `/`, at most 1024 bytes). */
                key: components["parameters"]["Key"];
            };
            cookie?: never;
        };
        /**
         * S3: GetObject; ListParts (`?uploadId=`)
         * @description One `Range` (206 + `Content-Range`; several: the whole object; unsatisfiable: 416
         *     InvalidRange), `If-Match`/`If-None-Match`/`If-Modified-Since`/`If-Unmodified-Since`
         *     (304/412), `response-content-type` and the other `response-*` overrides. User metadata
         *     is `x-amz-meta-*` (Swift's `X-Object-Meta-*`). A completed multipart upload's `ETag`
         *     is `"<md5 of the part md5s>-<parts>"` (Swift shows the same object as a static large object).
         */
        get: operations["showS3Object"];
        /**
         * S3: PutObject; CopyObject (`x-amz-copy-source`); UploadPart (`?partNumber=&uploadId=`)
         * @description The data's length is `Content-Length` (aws-chunked: `x-amz-decoded-content-length`; 411
         *     without), at most 5 GiB; `Content-MD5` is checked (400 BadDigest, nothing written).
         *     CopyObject: `x-amz-copy-source: <bucket>/<key>` of the same project,
         *     `x-amz-metadata-directive: COPY|REPLACE`; answers `<CopyObjectResult>`.
         */
        put: operations["createS3Object"];
        /**
         * S3: CreateMultipartUpload (`?uploads`), CompleteMultipartUpload (`?uploadId=`)
         * @description Parts live in the container `<bucket>+segments` (`<key>/<uploadId>/<part>`); Complete
         *     checks the listed parts (ascending: else InvalidPartOrder; each uploaded with that
         *     ETag: else InvalidPart; all but the last at least 5 MiB: else EntityTooSmall) and writes
         *     a static large object of them at the key.
         */
        post: operations["updateS3MultipartUpload"];
        /** S3: DeleteObject; AbortMultipartUpload (`?uploadId=`) */
        delete: operations["deleteS3Object"];
        options?: never;
        /** S3: HeadObject */
        head: operations["showS3ObjectMetadata"];
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Swift's bulk middleware report (bulk delete, archive extraction, SLO delete). */
        BulkReport: {
            "Number Deleted"?: number;
            "Number Not Found"?: number;
            "Number Files Created"?: number;
            "Response Status": string;
            "Response Body": string;
            /** @description `[path, status]` pairs. */
            Errors: string[][];
        };
        Capabilities: {
            swift: {
                version: string;
                max_file_size: number;
                max_meta_name_length?: number;
                max_meta_value_length?: number;
                max_meta_count?: number;
                max_meta_overall_size?: number;
                max_header_size?: number;
                max_object_name_length: number;
                max_container_name_length?: number;
                max_account_name_length?: number;
                container_listing_limit: number;
                account_listing_limit?: number;
                extra_header_count?: number;
                strict_cors_mode?: boolean;
                policies?: {
                    name?: string;
                    default?: boolean;
                }[];
            };
            /** @description Static large objects. */
            slo?: {
                max_manifest_segments?: number;
                max_manifest_size?: number;
                min_segment_size?: number;
            };
            /** @description Dynamic large objects. */
            dlo?: {
                max_segments?: number;
            };
            /** @description Legacy object versioning (X-Versions-Location / X-History-Location). */
            versioned_writes?: {
                allowed_flags?: string[];
            };
        } & {
            [key: string]: Record<string, never>;
        };
        ContainerListEntry: {
            name: string;
            count: number;
            bytes: number;
            /** @description UTC, `YYYY-MM-DDTHH:MM:SS.ffffff` */
            last_modified: string;
        };
        ObjectListEntry: {
            name: string;
            hash: string;
            bytes: number;
            content_type: string;
            last_modified: string;
        };
        SubdirEntry: {
            subdir: string;
        };
    };
    responses: {
        /** @description An S3 XML document. */
        S3Xml: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": string;
            };
        };
        /** @description S3's XML error document (`Code`, `Message`, `Resource`, `RequestId`). */
        S3Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": string;
            };
        };
        /** @description Bad request (Swift's plain-text or HTML message). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description Missing or invalid token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description Not this project's account, or the role does not allow it. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description No such container or object. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description The container is not empty. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description Neither Content-Length nor chunked transfer encoding. */
        LengthRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description A condition did not hold, a limit was exceeded, or a name is not UTF-8. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description The object exceeds the maximum object size. */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description No requested range overlaps the data. */
        RangeNotSatisfiable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description The data's MD5 does not match the ETag sent. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
    };
    parameters: {
        /** @description S3 bucket = Swift container name. */
        Bucket: string;
        /** @description Object key (may contain `/`, at most 1024 bytes). */
        Key: string;
        /** @description The project owning the account (`AUTH_<project_id>`). */
        ProjectId: string;
        /** @description Container name (no `/`, at most 256 bytes). */
        Container: string;
        /** @description Object name (may contain `/`, at most 1024 bytes). */
        Object: string;
        /** @description At most this many entries (default and maximum 10000). */
        Limit: number;
        /** @description Names after this one. */
        Marker: string;
        /** @description Names before this one. */
        EndMarker: string;
        /** @description Names starting with this string. */
        Prefix: string;
        /** @description Roll names up to the first occurrence of this character after the prefix (`subdir` entries). */
        Delimiter: string;
        /** @description List in reverse order. */
        Reverse: string;
        /** @description Listing format (default plain, or from `Accept`). */
        Format: "json" | "xml" | "plain";
        /** @description `get`: a static large object's manifest instead of its data. */
        MultipartManifestGet: "get";
        /** @description `put`: the body is a static large object's manifest. */
        MultipartManifestPut: "put";
        /** @description `delete`: delete a static large object's segments too. */
        MultipartManifestDelete: "delete";
        /** @description With `multipart-manifest=get`, `raw` returns the manifest in its PUT form. */
        ManifestFormat: "raw";
        /** @description `bytes=first-last[,first-last...]` */
        RangeHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description A count of containers, objects or bytes. */
        Count: number;
        /** @description MD5 of the object's data (hex). */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    showObjectStoreInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capabilities document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capabilities"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    showObjectStoreHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "OK";
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    showCrossDomainPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    listContainers: {
        parameters: {
            query?: {
                /** @description At most this many entries (default and maximum 10000). */
                limit?: components["parameters"]["Limit"];
                /** @description Names after this one. */
                marker?: components["parameters"]["Marker"];
                /** @description Names before this one. */
                end_marker?: components["parameters"]["EndMarker"];
                /** @description Names starting with this string. */
                prefix?: components["parameters"]["Prefix"];
                /** @description Roll names up to the first occurrence of this character after the prefix (`subdir` entries). */
                delimiter?: components["parameters"]["Delimiter"];
                /** @description List in reverse order. */
                reverse?: components["parameters"]["Reverse"];
                /** @description Listing format (default plain, or from `Accept`). */
                format?: components["parameters"]["Format"];
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The containers (JSON with `format=json`; XML; or one name per line). */
            200: {
                headers: {
                    "X-Account-Container-Count": components["headers"]["Count"];
                    "X-Account-Object-Count": components["headers"]["Count"];
                    "X-Account-Bytes-Used": components["headers"]["Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerListEntry"][];
                    "application/xml": string;
                    "text/plain": string;
                };
            };
            /** @description No container matched (plain-text listing). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    extractArchive: {
        parameters: {
            query: {
                "extract-archive": "tar" | "tar.gz" | "tgz" | "tar.bz2" | "tbz2";
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "application/json": components["schemas"]["BulkReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateAccountMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    bulkDelete: {
        parameters: {
            query: {
                "bulk-delete": string;
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "application/json": components["schemas"]["BulkReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showAccountMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts and `X-Account-Meta-*` in headers. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listObjects: {
        parameters: {
            query?: {
                /** @description At most this many entries (default and maximum 10000). */
                limit?: components["parameters"]["Limit"];
                /** @description Names after this one. */
                marker?: components["parameters"]["Marker"];
                /** @description Names before this one. */
                end_marker?: components["parameters"]["EndMarker"];
                /** @description Names starting with this string. */
                prefix?: components["parameters"]["Prefix"];
                /** @description Roll names up to the first occurrence of this character after the prefix (`subdir` entries). */
                delimiter?: components["parameters"]["Delimiter"];
                /** @description List in reverse order. */
                reverse?: components["parameters"]["Reverse"];
                /** @description Listing format (default plain, or from `Accept`). */
                format?: components["parameters"]["Format"];
                /** @description Objects nested in this pseudo path (`prefix=<path>/`, `delimiter=/`). */
                path?: string;
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objects (JSON with `format=json`; XML; or one name per line). */
            200: {
                headers: {
                    "X-Container-Object-Count": components["headers"]["Count"];
                    "X-Container-Bytes-Used": components["headers"]["Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["ObjectListEntry"] | components["schemas"]["SubdirEntry"])[];
                    "application/xml": string;
                    "text/plain": string;
                };
            };
            /** @description No object matched (plain-text listing). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    createContainer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The container existed; metadata updated. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    updateContainerMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteContainer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showContainerMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts and `X-Container-Meta-*` in headers. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showObject: {
        parameters: {
            query?: {
                /** @description `get`: a static large object's manifest instead of its data. */
                "multipart-manifest"?: components["parameters"]["MultipartManifestGet"];
                /** @description With `multipart-manifest=get`, `raw` returns the manifest in its PUT form. */
                format?: components["parameters"]["ManifestFormat"];
            };
            header?: {
                /** @description `bytes=first-last[,first-last...]` */
                Range?: components["parameters"]["RangeHeader"];
            };
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
                /** @description Object name (may contain `/`, at most 1024 bytes). */
                object: components["parameters"]["Object"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object's data; metadata in headers. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested range(s). */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            416: components["responses"]["RangeNotSatisfiable"];
        };
    };
    createObject: {
        parameters: {
            query?: {
                /** @description `put`: the body is a static large object's manifest. */
                "multipart-manifest"?: components["parameters"]["MultipartManifestPut"];
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
                /** @description Object name (may contain `/`, at most 1024 bytes). */
                object: components["parameters"]["Object"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Created; `ETag` and `Last-Modified` in headers. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            411: components["responses"]["LengthRequired"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
        };
    };
    updateObjectMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
                /** @description Object name (may contain `/`, at most 1024 bytes). */
                object: components["parameters"]["Object"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteObject: {
        parameters: {
            query?: {
                /** @description `delete`: delete a static large object's segments too. */
                "multipart-manifest"?: components["parameters"]["MultipartManifestDelete"];
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
                /** @description Object name (may contain `/`, at most 1024 bytes). */
                object: components["parameters"]["Object"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A static large object and its segments deleted (the report). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    showObjectMetadata: {
        parameters: {
            query?: {
                /** @description `get`: a static large object's manifest instead of its data. */
                "multipart-manifest"?: components["parameters"]["MultipartManifestGet"];
            };
            header?: never;
            path: {
                /** @description The project owning the account (`AUTH_<project_id>`). */
                project_id: components["parameters"]["ProjectId"];
                /** @description Container name (no `/`, at most 256 bytes). */
                container: components["parameters"]["Container"];
                /** @description Object name (may contain `/`, at most 1024 bytes). */
                object: components["parameters"]["Object"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata in headers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listS3Buckets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["S3Xml"];
            403: components["responses"]["S3Error"];
        };
    };
    listS3Objects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["S3Xml"];
            400: components["responses"]["S3Error"];
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
            501: components["responses"]["S3Error"];
        };
    };
    createS3Bucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created; `Location` in headers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["S3Error"];
            403: components["responses"]["S3Error"];
            409: components["responses"]["S3Error"];
        };
    };
    deleteS3Objects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": string;
            };
        };
        responses: {
            200: components["responses"]["S3Xml"];
            400: components["responses"]["S3Error"];
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
            501: components["responses"]["S3Error"];
        };
    };
    deleteS3Bucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
            409: components["responses"]["S3Error"];
        };
    };
    showS3Bucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bucket exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not allowed (no body on HEAD). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such bucket (no body on HEAD). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    showS3Object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
                /** @description Object key (may contain `/`, at most 1024 bytes). */
                key: components["parameters"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object's data (for ListParts, a `<ListPartsResult>`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested range. */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["S3Error"];
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
            412: components["responses"]["S3Error"];
            416: components["responses"]["S3Error"];
        };
    };
    createS3Object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
                /** @description Object key (may contain `/`, at most 1024 bytes). */
                key: components["parameters"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored; `ETag` in headers (CopyObject answers a `<CopyObjectResult>`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            400: components["responses"]["S3Error"];
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
            411: components["responses"]["S3Error"];
            501: components["responses"]["S3Error"];
        };
    };
    updateS3MultipartUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
                /** @description Object key (may contain `/`, at most 1024 bytes). */
                key: components["parameters"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/xml": string;
            };
        };
        responses: {
            200: components["responses"]["S3Xml"];
            400: components["responses"]["S3Error"];
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
            501: components["responses"]["S3Error"];
        };
    };
    deleteS3Object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
                /** @description Object key (may contain `/`, at most 1024 bytes). */
                key: components["parameters"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (also when there was nothing to delete). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["S3Error"];
            404: components["responses"]["S3Error"];
        };
    };
    showS3ObjectMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description S3 bucket = Swift container name. */
                bucket: components["parameters"]["Bucket"];
                /** @description Object key (may contain `/`, at most 1024 bytes). */
                key: components["parameters"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata in headers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Metadata of the requested range. */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not allowed (no body on HEAD). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such bucket or key (no body on HEAD). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A condition did not hold. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
