package org.unodc.rt.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.returns.ContributorService;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.web.common.Messages;

/** The people who report for the focal point's State, and adding a colleague as contributor, observer or focal point. */
@Named
@ViewScoped
public class ColleaguesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributorService contributors;

    private List<ContributorService.Colleague> colleagues;
    private String username;
    private String email;
    private String displayName;
    private Role role = Role.CONTRIBUTOR;

    /** f:viewAction. */
    public void load() {
        if (colleagues == null) {
            colleagues = contributors.myColleagues();
        }
    }

    public void add() {
        ContributorService.Colleague added = contributors.addColleague(username, email, displayName, role);
        colleagues = contributors.myColleagues();
        username = null;
        email = null;
        displayName = null;
        role = Role.CONTRIBUTOR;
        Messages.info("colleagues.added", added.displayName(), added.username());
    }

    public List<ContributorService.Colleague> getColleagues() {
        return colleagues;
    }

    /** The roles a focal point gives a colleague: contributor first, the usual case. */
    public Role[] getRoles() {
        return new Role[] {Role.CONTRIBUTOR, Role.OBSERVER, Role.FOCAL_POINT};
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
