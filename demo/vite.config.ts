import { defineConfig } from 'vite';
import { oktaSimulator } from '../sim/node/vite-plugin.js';

// `npm start`: the demo page and the local Okta simulator on one origin.
export default defineConfig({
  root: 'demo',
  server: { port: Number(process.env.PORT) || 5173, host: process.env.HOST || 'localhost' },
  // FastPass on: Okta Verify "on this computer" listens on the simulator's loopback ports.
  plugins: [oktaSimulator({ fastPass: true })],
});
