package org.mineaction.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM of the suite with its output in a log file. The first start of an instance
 * truncates the log (a new suite run, a new log) unless told to append; restarts append, after a
 * marker line.
 */
final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDir;
    private final Path logFile;
    private final boolean detach;
    private final boolean appendLog;
    private volatile Process process;
    private volatile boolean stopRequested;
    private boolean startedBefore;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDir, Path logFile,
                 boolean detach) {
        this(name, command, environment, workingDir, logFile, detach, false);
    }

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDir, Path logFile,
                 boolean detach, boolean appendLog) {
        this.appendLog = appendLog;
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
        this.logFile = logFile;
        this.detach = detach;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    List<String> command() {
        return command;
    }

    synchronized Process start() {
        return start(false);
    }

    /**
     * Starts the process.
     *
     * @param watch report on stderr when the process exits without {@link #stop} having been called
     */
    synchronized Process start(boolean watch) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        List<String> full = new ArrayList<>();
        if (detach) {
            full.add(SetSid.path());
        }
        full.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            String marker = "=== local suite: " + (startedBefore ? "restarting " : "starting ") + name + " at "
                    + OffsetDateTime.now() + System.lineSeparator() + "=== " + String.join(" ", full)
                    + System.lineSeparator();
            Files.writeString(logFile, marker, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    startedBefore || appendLog ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            stopRequested = false;
            Process started = builder.start();
            started.getOutputStream().close(); // no stdin: a child that reads it sees end of file
            process = started;
            startedBefore = true;
            if (watch) {
                started.onExit().thenAccept(p -> {
                    if (!stopRequested) {
                        System.err.printf("%n[local-suite] %s (pid %d) exited unexpectedly with code %d; see %s%n",
                                name, p.pid(), p.exitValue(), logFile);
                    }
                });
            }
            return started;
        } catch (IOException e) {
            throw new SuiteStartupException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs to completion (for one-shot tools), failing with the log path if the exit code is not 0. */
    int runToCompletion(Duration timeout) {
        Process p = start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new SuiteStartupException(name + " did not finish within " + timeout.toSeconds() + " s; see "
                        + logFile);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Duration.ofSeconds(5));
            throw new SuiteStartupException(name + " was interrupted", e);
        }
    }

    Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns the exit code, or -1 if it was not running. */
    int stop(Duration grace) {
        stopRequested = true;
        Process p = process;
        if (p == null) {
            return -1;
        }
        if (p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.err.printf("[local-suite] %s did not stop within %d s, killing it%n", name,
                            grace.toSeconds());
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        return p.isAlive() ? -1 : p.exitValue();
    }

    /** The last lines of the log, to show why a child failed without sending the user hunting. */
    String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
