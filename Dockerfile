# The app image for docker-compose.yml. The production build pre-renders pages from the database,
# so the container builds on start, once PostgreSQL is up (npm run build migrates and seeds first).
FROM node:20-bookworm-slim
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN chown node:node /app
USER node
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY --chown=node:node . .
RUN mkdir -p .data/media
EXPOSE 3000
CMD ["sh", "-c", "npm run build && exec npm start"]
