package org.mineaction.platform.identity.persistence;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.platform.identity.domain.GlobalRole;
import org.mineaction.platform.identity.domain.PlatformRole;
import org.mineaction.platform.identity.domain.UserAccount;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An account as stored; the e-mail is unique (one login per person, see {@link IdentityIndexes}). */
@Document(UserAccountDocument.COLLECTION)
public class UserAccountDocument {

    public static final String COLLECTION = "user_accounts";

    @Id
    private String id;
    private String email;
    private String passwordHash;
    private String memberId;
    private Map<String, List<String>> platformRoles = new HashMap<>();
    private List<String> globalRoles = List.of();
    private boolean enabled;
    @Version
    private Long version;

    protected UserAccountDocument() {
    }

    public static UserAccountDocument of(UserAccount account, Long version) {
        UserAccountDocument document = new UserAccountDocument();
        document.id = account.id();
        document.email = account.email();
        document.passwordHash = account.passwordHash();
        document.memberId = account.memberId();
        document.platformRoles = new HashMap<>();
        account.platformRoles().forEach((country, roles) ->
                document.platformRoles.put(country, roles.stream().map(Enum::name).sorted().toList()));
        document.globalRoles = account.globalRoles().stream().map(Enum::name).sorted().toList();
        document.enabled = account.enabled();
        document.version = version;
        return document;
    }

    public UserAccount toAccount() {
        Map<String, Set<PlatformRole>> roles = new HashMap<>();
        if (platformRoles != null) {
            platformRoles.forEach((country, names) -> {
                EnumSet<PlatformRole> held = EnumSet.noneOf(PlatformRole.class);
                names.forEach(name -> held.add(PlatformRole.valueOf(name)));
                roles.put(country, held);
            });
        }
        EnumSet<GlobalRole> global = EnumSet.noneOf(GlobalRole.class);
        if (globalRoles != null) {
            globalRoles.forEach(name -> global.add(GlobalRole.valueOf(name)));
        }
        return new UserAccount(id, email, passwordHash, memberId, roles, global, enabled);
    }

    public Long version() {
        return version;
    }
}
