package org.unodc.rt.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.account.AccountAdministration;
import org.unodc.rt.application.account.AccountView;
import org.unodc.rt.application.account.NewAccount;
import org.unodc.rt.domain.account.AccountStatus;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * The secretariat's list of users: filter, sort, export; invite someone, re-send an invitation, deactivate,
 * reactivate, unlock. Each action says what happened.
 */
@Named
@ViewScoped
public class UserAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration accounts;

    @Inject
    MemberStateService states;

    @Inject
    UserSession session;

    private List<AccountView> users;
    private List<AccountView> filtered;
    private List<MemberState> stateList;

    private String username;
    private String displayName;
    private String email;
    private Role role = Role.FOCAL_POINT;
    private String stateIso3;
    private String language = UnLanguage.EN.code();

    @PostConstruct
    void load() {
        users = accounts.users();
        stateList = states.list();
    }

    public void invite() {
        AccountView invited =
                accounts.invite(new NewAccount(username, displayName, email, role, stateIso3(), language));
        Messages.info("users.invited", invited.username(), invited.email());
        clearForm();
        reload();
    }

    public void resendInvitation(String user) {
        AccountView account = accounts.resendInvitation(user);
        Messages.info("users.resent", account.username(), account.email());
        reload();
    }

    public void deactivate(String user) {
        accounts.deactivate(user);
        Messages.info("users.deactivated", user);
        reload();
    }

    public void reactivate(String user) {
        AccountView account = accounts.reactivate(user);
        Messages.info(
                account.status() == AccountStatus.INVITED ? "users.reactivatedInvited" : "users.reactivated", user);
        reload();
    }

    public void unlock(String user) {
        accounts.unlock(user);
        Messages.info("users.unlocked", user);
        reload();
    }

    private void reload() {
        users = accounts.users();
        filtered = null;
    }

    private void clearForm() {
        username = null;
        displayName = null;
        email = null;
        role = Role.FOCAL_POINT;
        stateIso3 = null;
        language = UnLanguage.EN.code();
    }

    /** The State list is shown only for a focal point; a State left over from an earlier choice is ignored. */
    private String stateIso3() {
        return role.reportsForState() ? stateIso3 : null;
    }

    public List<AccountView> getUsers() {
        return users;
    }

    public List<AccountView> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<AccountView> filtered) {
        this.filtered = filtered;
    }

    /** The roles the caller may give: only an administrator invites another administrator. */
    public List<Role> getRoles() {
        return session.hasRole(Role.ADMIN_NAME)
                ? List.of(Role.FOCAL_POINT, Role.CONTRIBUTOR, Role.OBSERVER, Role.SECRETARIAT, Role.ADMIN)
                : List.of(Role.FOCAL_POINT, Role.CONTRIBUTOR, Role.OBSERVER, Role.SECRETARIAT);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public List<MemberState> getStates() {
        return stateList;
    }

    public List<UnLanguage> getLanguages() {
        return List.of(UnLanguage.values());
    }

    public String stateName(MemberState state) {
        return state.name(UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN));
    }

    /** The State's name in the interface language, for the table; empty for staff. */
    public String stateLabel(String iso3) {
        if (iso3 == null) {
            return "";
        }
        return stateList.stream()
                .filter(s -> s.iso3().equals(iso3))
                .findFirst()
                .map(this::stateName)
                .orElse(iso3);
    }

    /** Whether the role being given reports for a State, which must then be chosen. */
    public boolean isFocalPointRole() {
        return role.reportsForState();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getStateIso3() {
        return stateIso3;
    }

    public void setStateIso3(String stateIso3) {
        this.stateIso3 = stateIso3;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
