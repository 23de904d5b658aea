package org.mineaction.platform.support.persistence;

import java.util.Objects;
import org.mineaction.chassis.problem.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The version a client based a change on must be sent, and still be the stored one (409 otherwise). */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    public static void require(Long asked, Long current) {
        if (asked == null) {
            throw new InvalidInputException("version",
                    "send the version you read, in an If-Match header or the version field");
        }
        if (!Objects.equals(asked, current)) {
            throw new OptimisticLockingFailureException("Version " + asked + " is stale; the current one is " + current);
        }
    }
}
