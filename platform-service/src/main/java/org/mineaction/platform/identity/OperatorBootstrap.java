package org.mineaction.platform.identity;

import org.mineaction.chassis.problem.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the operator account from {@code OPERATOR_EMAIL} / {@code OPERATOR_PASSWORD} at start
 * when no account has that e-mail; an existing account is left as it is (its password is never
 * reset from the environment). The password is never logged.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final AccountService accounts;
    private final IdentityProperties.Operator operator;

    OperatorBootstrap(AccountService accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.operator = properties.operator();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (operator.email() == null || operator.email().isBlank()) {
            log.info("No OPERATOR_EMAIL set: no operator account is created at start");
            return;
        }
        if (operator.password() == null || operator.password().isBlank()) {
            log.warn("OPERATOR_EMAIL is set but OPERATOR_PASSWORD is not: no operator account is created");
            return;
        }
        try {
            if (accounts.createOperatorIfAbsent(operator.email(), operator.password())) {
                log.info("Created the operator account {}", operator.email());
            }
        } catch (InvalidInputException weak) {
            // Fail the start: an operator with a weak password is worse than none.
            throw new IllegalStateException("OPERATOR_EMAIL/OPERATOR_PASSWORD refused: " + weak.getMessage(), weak);
        }
    }
}
