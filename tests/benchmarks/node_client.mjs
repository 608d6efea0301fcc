// The peer: Stripe's official Node library auto-paginating the same sandbox list that
// paydesk-bench pages through. Prints the same line format: wall and CPU of the paging alone
// (after the library is loaded), so process start-up is left out of both sides.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [modules, url, key] = process.argv.slice(2);
const Stripe = createRequire(`${modules}/`)('stripe');
const { hostname, port, protocol } = new URL(url);
const stripe = new Stripe(key, {
  host: hostname,
  port: Number(port),
  protocol: protocol.replace(':', ''),
  maxNetworkRetries: 2, // as Paydesk's client
});

const wallStart = performance.now();
const cpuStart = process.cpuUsage();
let objects = 0;
for await (const customer of stripe.customers.list({ limit: 100 })) {
  if (customer.id) objects += 1;
}
const cpu = process.cpuUsage(cpuStart);
console.log(`wall_ms=${(performance.now() - wallStart).toFixed(1)} ` +
            `cpu_ms=${((cpu.user + cpu.system) / 1000).toFixed(1)} objects=${objects}`);
