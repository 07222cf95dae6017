/* The GraphQL documents the Shopify connector sends (Admin API 2025-07). */

export const SHOP_NAME = 'query ShopName { shop { name } }';

/**
 * The product and its images. A MediaImage's id is also its File id (MediaImage implements File),
 * which is what FileSetInput.id takes; its CDN url ends in the file name it was uploaded with,
 * which carries the content hash the connector matches on.
 */
export const PRODUCT_BY_HANDLE = `query ProductByHandle($identifier: ProductIdentifierInput!) {
  productByIdentifier(identifier: $identifier) {
    id
    media(first: 250) { nodes { ... on MediaImage { id image { url } } } }
  }
}`;

export const STAGED_UPLOADS_CREATE = `mutation StagedUploads($input: [StagedUploadInput!]!) {
  stagedUploadsCreate(input: $input) {
    stagedTargets { url resourceUrl parameters { name value } }
    userErrors { field message }
  }
}`;

export const PRODUCT_SET = `mutation ProductSet($input: ProductSetInput!, $synchronous: Boolean!) {
  productSet(input: $input, synchronous: $synchronous) {
    product { id variants(first: 250) { nodes { id sku } } }
    userErrors { field message code }
  }
}`;
