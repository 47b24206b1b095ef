# Build stage: dev dependencies and the TypeScript compiler stay here.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
COPY bench ./bench
# The interface: built by Vite into dist/web, which the service serves at /.
COPY web ./web
RUN npm run build && npm prune --omit=dev

# Runtime stage: compiled JavaScript and production dependencies only, run as a non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The flags of npm run start:prod (bench/support/production-node.spec.ts): a young generation of 2 × 8 MB, not 2 × 16.
CMD ["node", "--max-semi-space-size=8", "dist/src/main.js"]
