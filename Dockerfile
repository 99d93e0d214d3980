# The PlanGraph API. Neo4j runs beside it (docker-compose.yml), so NEO4J_URI is always set here.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
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
# Semi-spaces of 32 MB and an old generation of 512 MB keep the process near 200-260 MB under 50 connections
# (V8's defaults on a large machine let it reach ~400 MB); a large answer still has room. Override to tune.
ENV NODE_OPTIONS="--max-old-space-size=512 --max-semi-space-size=32"
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
CMD ["node", "dist/main.js"]
