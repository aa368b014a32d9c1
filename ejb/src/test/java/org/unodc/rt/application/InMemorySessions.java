package org.unodc.rt.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.session.Sessions;

/** Commission sessions in a list, for plain tests. */
public final class InMemorySessions implements Sessions {

    public final List<CommissionSession> sessions = new ArrayList<>();

    public InMemorySessions with(CommissionSession session) {
        add(session);
        return this;
    }

    @Override
    public List<CommissionSession> all() {
        return sessions.stream()
                .sorted(Comparator.comparing(CommissionSession::ordinal).reversed())
                .toList();
    }

    @Override
    public Optional<CommissionSession> findByOrdinal(int ordinal) {
        return sessions.stream().filter(s -> s.ordinal() == ordinal).findFirst();
    }

    @Override
    public void add(CommissionSession session) {
        sessions.add(session);
    }
}
