# The PlanGraph API. Neo4j runs beside it (docker-compose.yml), so NEO4J_URI is always set here. `node dist/main.js`
# is the primary: it forks the API worker and restarts it when it dies (out of memory, a bug) within seconds; after
# WORKER_RESTART_ATTEMPTS fast crashes it exits 1, and the container's restart policy takes over.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Chromium prints the reports' PDF downloads (src/review/pdf.ts); build with --build-arg WITH_CHROMIUM=0 to leave it
# out (the PDF routes then answer PDF_UNAVAILABLE and the HTML pages still print the same A4 layout).
ARG WITH_CHROMIUM=1
RUN if [ "$WITH_CHROMIUM" = "1" ]; then apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*; fi
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.js ./scripts/build.js
COPY schema ./schema
COPY src ./src
COPY seed ./seed
COPY contract ./contract
COPY console ./console
# One bundled file run by plain node: no TypeScript compiler in the serving process (about 50 MB less memory).
RUN node scripts/build.js
# Semi-spaces of 32 MB and an old generation of 512 MB keep the worker near 200-260 MB under 50 connections
# (V8's defaults on a large machine let it reach ~400 MB); a large answer still has room. Override to tune. The
# worker inherits these flags from the primary (which stays near 70 MB).
ENV NODE_OPTIONS="--max-old-space-size=512 --max-semi-space-size=32"
USER node
EXPOSE 4000
# Liveness, not readiness: /readyz turns 503 while the service is merely busy (every slot taken) or its database is
# down, and an orchestrator must not replace a container for that; /healthz turns 503 only when the process cannot
# recover by itself. A worker being restarted answers nothing for a few seconds: three misses in a row are needed.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
