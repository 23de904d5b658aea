package org.mineaction.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code setsid} (util-linux) runs a child in a new session, outside the terminal's foreground
 * process group. Without it a Ctrl-C in the terminal hits the broker and every service at the same
 * moment as the launcher, so they stop in no particular order. The launcher's process is never a
 * group leader's child that needs forking, so setsid simply execs: the pid we hold is the JVM's.
 */
final class SetSid {

    private static final Optional<String> PATH = List.of("/usr/bin/setsid", "/bin/setsid").stream()
            .filter(p -> Files.isExecutable(Path.of(p)))
            .findFirst();

    private SetSid() {
    }

    static boolean available() {
        return PATH.isPresent();
    }

    static String path() {
        return PATH.orElseThrow();
    }
}
