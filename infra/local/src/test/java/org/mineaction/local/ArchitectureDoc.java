package org.mineaction.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the process table of docs/architecture.md (process | port | database | env vars), the
 * contract the launcher and compose.yaml are checked against, so that they cannot drift apart.
 */
final class ArchitectureDoc {

    record Process(String name, int port, String database, Set<String> envVars) {
    }

    private static final Pattern ENV_VAR = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
    private static final Pattern PORT = Pattern.compile("^(\\d+)");

    private ArchitectureDoc() {
    }

    static Path repoRoot() {
        return RepoRoot.find(Path.of("").toAbsolutePath());
    }

    static Map<String, Process> processes() {
        return processes(repoRoot().resolve("docs/architecture.md"));
    }

    static Map<String, Process> processes(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        Map<String, Process> processes = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith("| process ")) {
                inTable = true;
                continue;
            }
            if (!inTable) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length < 5 || cells[1].trim().startsWith("---")) {
                continue;
            }
            String name = cells[1].trim();
            Matcher port = PORT.matcher(cells[2].trim());
            String database = cells[3].trim().replace("`", "");
            Set<String> envVars = new LinkedHashSet<>();
            Matcher env = ENV_VAR.matcher(cells[4]);
            while (env.find()) {
                envVars.add(env.group(1));
            }
            processes.put(name, new Process(name, port.find() ? Integer.parseInt(port.group(1)) : -1,
                    database.equals("none") ? "" : database, envVars));
        }
        if (processes.isEmpty()) {
            throw new AssertionError("no process table found in " + file);
        }
        return processes;
    }
}
