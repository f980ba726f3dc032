# The API with the built SPA, for `docker compose up` where a Docker engine exists.
# Nothing in ./run.sh or ./test.sh depends on it.
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
RUN dotnet publish api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=api /app ./
COPY --from=web /src/web-client/dist ./wwwroot-spa
ENV Carers__SpaPath=/app/wwwroot-spa ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Carers.Api.dll"]
