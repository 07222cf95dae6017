/* The GraphQL documents the Shopify connector sends (Admin API 2025-07). */

export const SHOP_NAME = 'query ShopName { shop { name } }';

export const PRODUCT_BY_HANDLE = `query ProductByHandle($identifier: ProductIdentifierInput!) {
  productByIdentifier(identifier: $identifier) { id }
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
