package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.account.Role;

/** Focal points read from the accounts as {@link FocalPoint} rows and counts, not as accounts. */
@ApplicationScoped
public class JpaFocalPoints implements FocalPoints {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<FocalPoint> active() {
        return em.createQuery(
                        "select new org.unodc.rt.domain.account.FocalPoint(s.iso3, u.email, u.displayName,"
                                + " u.locale, u.timeZone, u.username)"
                                + " from UserAccount u left join u.state s where u.role = :fp and u.enabled = true"
                                + " order by u.username",
                        FocalPoint.class)
                .setParameter("fp", Role.FOCAL_POINT)
                .getResultList();
    }

    @Override
    public List<FocalPoint> notifiedOf(String iso3, Collection<String> contributors) {
        return em.createQuery(
                        "select new org.unodc.rt.domain.account.FocalPoint(s.iso3, u.email, u.displayName,"
                                + " u.locale, u.timeZone, u.username)"
                                + " from UserAccount u join u.state s where s.iso3 = :iso3 and u.enabled = true"
                                + " and (u.role in :always or (u.role = :contributor and u.username in :named))"
                                + " order by u.role, u.username",
                        FocalPoint.class)
                .setParameter("iso3", iso3)
                .setParameter("always", List.of(Role.FOCAL_POINT, Role.OBSERVER))
                .setParameter("contributor", Role.CONTRIBUTOR)
                // "in ()" is not valid SQL: a name no account has stands for none.
                .setParameter("named", contributors.isEmpty() ? List.of("") : List.copyOf(contributors))
                .getResultList();
    }

    @Override
    public Map<String, Long> countByState() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(
                        "select u.state.iso3, count(u) from UserAccount u where u.role = :role group by u.state.iso3",
                        Object[].class)
                .setParameter("role", Role.FOCAL_POINT)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
