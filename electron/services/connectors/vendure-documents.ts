/*
 * The Vendure 3 Admin API documents the own-mall connector sends. Kept as plain strings (no codegen):
 * the connector reads only the fields below, and the integration tests run them against a real
 * Vendure, so a schema drift fails there. Mutations that return ErrorResult unions ask for
 * `errorCode message` so they can become validation errors instead of silently empty objects.
 */

export const LOGIN = /* GraphQL */ `
  mutation ShelfReadyLogin($username: String!, $password: String!) {
    login(username: $username, password: $password, rememberMe: false) {
      __typename
      ... on CurrentUser { id identifier }
      ... on ErrorResult { errorCode message }
    }
  }
`;

export const ACTIVE_CHANNEL = /* GraphQL */ `
  query ShelfReadyActiveChannel {
    activeChannel { id code token defaultCurrencyCode availableCurrencyCodes defaultLanguageCode }
  }
`;

const PRODUCT_FIELDS = /* GraphQL */ `
  id
  translations { languageCode name slug description }
  featuredAsset { id }
  assets { id name tags { value } }
  facetValues { id code facet { code } }
  optionGroups { id code translations { languageCode name } options { id code translations { languageCode name } } }
  variants {
    id sku price currencyCode stockOnHand options { id code groupId } translations { languageCode name }
    featuredAsset { id name tags { value } }
    assets { id name tags { value } }
  }
`;

export const PRODUCT_BY_SLUG = /* GraphQL */ `
  query ShelfReadyProductBySlug($slug: String!) {
    product(slug: $slug) { ${PRODUCT_FIELDS} }
  }
`;

export const PRODUCT_BY_ID = /* GraphQL */ `
  query ShelfReadyProductById($id: ID!) {
    product(id: $id) { ${PRODUCT_FIELDS} }
  }
`;

export const CREATE_PRODUCT = /* GraphQL */ `
  mutation ShelfReadyCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) { id }
  }
`;

export const UPDATE_PRODUCT = /* GraphQL */ `
  mutation ShelfReadyUpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) { id }
  }
`;

export const CREATE_OPTION_GROUP = /* GraphQL */ `
  mutation ShelfReadyCreateOptionGroup($input: CreateProductOptionGroupInput!) {
    createProductOptionGroup(input: $input) { id code options { id code } }
  }
`;

export const ADD_OPTION_GROUP = /* GraphQL */ `
  mutation ShelfReadyAddOptionGroup($productId: ID!, $optionGroupId: ID!) {
    addOptionGroupToProduct(productId: $productId, optionGroupId: $optionGroupId) { id }
  }
`;

export const UPDATE_OPTION_GROUP = /* GraphQL */ `
  mutation ShelfReadyUpdateOptionGroup($input: UpdateProductOptionGroupInput!) {
    updateProductOptionGroup(input: $input) { id }
  }
`;

export const CREATE_OPTION = /* GraphQL */ `
  mutation ShelfReadyCreateOption($input: CreateProductOptionInput!) {
    createProductOption(input: $input) { id code }
  }
`;

export const UPDATE_OPTION = /* GraphQL */ `
  mutation ShelfReadyUpdateOption($input: UpdateProductOptionInput!) {
    updateProductOption(input: $input) { id }
  }
`;

export const CREATE_VARIANTS = /* GraphQL */ `
  mutation ShelfReadyCreateVariants($input: [CreateProductVariantInput!]!) {
    createProductVariants(input: $input) { id sku }
  }
`;

export const UPDATE_VARIANTS = /* GraphQL */ `
  mutation ShelfReadyUpdateVariants($input: [UpdateProductVariantInput!]!) {
    updateProductVariants(input: $input) { id sku }
  }
`;

export const DELETE_VARIANTS = /* GraphQL */ `
  mutation ShelfReadyDeleteVariants($ids: [ID!]!) {
    deleteProductVariants(ids: $ids) { result message }
  }
`;

/** Assets anywhere in the mall carrying our content tag (an earlier push that died before assignment). */
export const ASSETS_BY_TAG = /* GraphQL */ `
  query ShelfReadyAssetsByTag($tags: [String!]) {
    assets(options: { tags: $tags, tagsOperator: AND, take: 1 }) { items { id name tags { value } } }
  }
`;

export const CREATE_ASSETS = /* GraphQL */ `
  mutation ShelfReadyCreateAssets($input: [CreateAssetInput!]!) {
    createAssets(input: $input) {
      __typename
      ... on Asset { id name }
      ... on ErrorResult { errorCode message }
    }
  }
`;

export const FACET_BY_CODE = /* GraphQL */ `
  query ShelfReadyFacet($code: String!) {
    facets(options: { filter: { code: { eq: $code } }, take: 1 }) { items { id code values { id code } } }
  }
`;

export const CREATE_FACET = /* GraphQL */ `
  mutation ShelfReadyCreateFacet($input: CreateFacetInput!) {
    createFacet(input: $input) { id code values { id code } }
  }
`;

export const CREATE_FACET_VALUES = /* GraphQL */ `
  mutation ShelfReadyCreateFacetValues($input: [CreateFacetValueInput!]!) {
    createFacetValues(input: $input) { id code }
  }
`;
