# Build and run orderflow. Used by docker-compose.yml; the jar runs the same way without Docker.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY processes processes
COPY dmn dmn
COPY forms forms
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# the shop's clock: daily timers (stock review at 07:00) run in the server's zone
ENV TZ=Asia/Kolkata
WORKDIR /app
# /app/data holds the app's files (docker-compose mounts a volume there); a new volume takes this
# folder's owner, so the app may write into it
RUN useradd --system --home /app orderflow && mkdir -p /app/data && chown -R orderflow /app
USER orderflow
COPY --from=build /src/target/orderflow-*.jar /app/orderflow.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/orderflow.jar"]
