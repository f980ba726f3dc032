# The API with the built SPA, in its production configuration, for a platform that runs images
# (`docker compose up` where a Docker engine exists). Nothing in ./run.sh or ./test.sh depends on
# it; HouseRulesTests reads it (non-root user, Production, no development settings).
FROM node:20-bookworm AS web
WORKDIR /src/web-client
COPY web-client/package.json web-client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
COPY web-client/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
WORKDIR /src
COPY global.json Directory.Build.props Carers.sln ./
COPY api/ api/
# appsettings.Development.json is left out of the publish output (Carers.Api.csproj).
RUN dotnet publish api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=api /app ./
COPY --from=web /src/web-client/dist ./wwwroot-spa
# Production: every identity, database and secret setting comes from the platform (environment or a
# vault); the API refuses to start, naming each one, when any is missing (RequiredSettings).
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Carers__SpaPath=/app/wwwroot-spa
EXPOSE 8080
# The aspnet image's unprivileged "app" user: the files above stay root's, read-only to the process.
USER $APP_UID
ENTRYPOINT ["dotnet", "Carers.Api.dll"]
