// @hey-api/openapi-ts (pinned in web-client/package.json): the contract as it is, into generated/
// (ignored by git, made again on every run, never edited). Types, the SDK (one function per
// operationId) and the Fetch API client, bundled into the output so it needs no runtime package.
export default {
  input: '../../openapi.yaml',
  // NodeNext: ES module imports name their files (.js), as Node runs them.
  output: { path: 'generated', importFileExtension: '.js' },
  plugins: ['@hey-api/typescript', '@hey-api/sdk', '@hey-api/client-fetch'],
};
