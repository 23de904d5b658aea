package org.mineaction.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the nearest folder, from a start folder upwards, with {@code mvnw} and {@code infra/}. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null) {
            if (isRoot(dir)) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new SuiteStartupException("Cannot find the repository root (a folder with mvnw and infra/) from "
                + start.toAbsolutePath() + ". Run the local suite from inside the repository.");
    }

    static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra"));
    }
}
