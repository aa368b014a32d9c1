package org.unodc.rt.web.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unodc.rt.application.progress.StateProfile;
import org.unodc.rt.application.progress.StateProfiles;
import org.unodc.rt.web.common.Fmt;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/** A State's profile page, {@code /states/PER}: what the public may read of it, and more for the secretariat. */
@Named
@ViewScoped
public class StateProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StateProfiles profiles;

    @Inject
    Fmt fmt;

    @Inject
    UserSession session;

    private String iso3;
    private StateProfile profile;

    public void load() {
        profile = profiles.profile(iso3, session.getLanguage());
    }

    /** The State's name in the interface language. */
    public String getName() {
        String name = profile.names().get(session.getLanguage());
        return name == null ? profile.names().get("en") : name;
    }

    /** "as of 27 Jan 2014, source: UN Treaty Collection", or that the status is demo data. */
    public String sourceNote(StateProfile.Party party) {
        return Messages.text("statusSource." + party.source(), party.asOf() == null ? "" : fmt.date(party.asOf()));
    }

    public boolean isAnyDemo() {
        return profile.partyStatus().stream().anyMatch(p -> "DEMO".equals(p.source()));
    }

    public String getIso3() {
        return iso3;
    }

    public void setIso3(String iso3) {
        this.iso3 = iso3;
    }

    public StateProfile getProfile() {
        return profile;
    }

    /** In demo mode the cycles and returns are invented: the pages say so. */
    public boolean isDemo() {
        return org.unodc.rt.application.DemoMode.enabled();
    }
}
