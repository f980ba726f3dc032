// A partner's verifier in Node, for the API tests (WebhookSignatureTests): reads {secret, headers, body} as JSON
// on stdin and verifies the delivery with the published standardwebhooks library, as a partner would. Prints
// "verified" and exits 0, or prints the library's error and exits 1.
import { Webhook } from "standardwebhooks";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { secret, headers, body } = JSON.parse(input);
try {
  new Webhook(secret).verify(body, headers);
  console.log("verified");
} catch (error) {
  console.log(`refused: ${error.message}`);
  process.exit(1);
}
