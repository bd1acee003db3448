import type { Services } from "../../app.js";
import { seedDemoCsat } from "./demo-csat.js";
import { seedDemoKb } from "./demo-kb.js";
import { seedDemoMessages } from "./demo-messages.js";
import { seedDemoOrders } from "./demo-orders.js";
import { seedDemoReviews } from "./demo-reviews.js";
import { seedDemo } from "./demo-seed.js";
import { seedDemoSegments } from "./demo-segments.js";
import { seedDemoService } from "./demo-service.js";
import { seedDemoSignals } from "./demo-signals.js";

/** Everything `npm run demo` seeds, in dependency order. Each step is idempotent: a second run adds nothing. */
export async function seedDemoWorkspace(services: Services) {
  const counts = await seedDemo(services);
  await seedDemoMessages((m) => services.messages.ingest.ingest(m));
  await seedDemoOrders(services);
  await seedDemoSignals(services);
  await seedDemoSegments(services);
  await seedDemoReviews(services);
  await seedDemoKb(services);
  await seedDemoService(services);
  await seedDemoCsat(services);
  return counts;
}
