package org.mineaction.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The child processes of a running suite, in {@code <dataDir>/local-suite.pids}. Children run in
 * their own session, so if the launcher is killed hard (SIGKILL, a crash) they live on holding
 * their ports; the next start finds them here and stops them. A pid is only acted on when its
 * command line is still the one we started (a reused pid belongs to someone else).
 */
final class PidFile {

    private final Path file;
    private final Map<String, Long> pids = new LinkedHashMap<>();

    PidFile(Path file) {
        this.file = file;
    }

    /** Stops what a previous run left behind; returns the names stopped. */
    List<String> stopLeftovers() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Map<String, Long> previous = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+", 2);
                if (parts.length == 2) {
                    try {
                        previous.put(parts[1], Long.parseLong(parts[0]));
                    } catch (NumberFormatException ignored) {
                        // not ours
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        List<String> stopped = previous.entrySet().stream()
                .filter(e -> stopIfOurs(e.getKey(), e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        delete();
        return stopped;
    }

    private static boolean stopIfOurs(String name, long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty() || !isOurs(name, handle.get().info().commandLine().orElse(""))) {
            return false;
        }
        System.err.printf("[local-suite] stopping %s (pid %d), left running by a previous run%n", name, pid);
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        return true;
    }

    static boolean isOurs(String name, String commandLine) {
        if (name.equals("kafka")) {
            return commandLine.contains("kafka.Kafka") && commandLine.contains("server.properties");
        }
        return commandLine.contains(name + "-exec.jar") && commandLine.contains("--spring.profiles.active=local");
    }

    synchronized void record(String name, long pid) {
        pids.put(name, pid);
        write();
    }

    synchronized void delete() {
        pids.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private void write() {
        StringBuilder out = new StringBuilder();
        pids.forEach((name, pid) -> out.append(pid).append(' ').append(name).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("[local-suite] could not write " + file + ": " + e.getMessage());
        }
    }
}
