package org.unodc.rt.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * What every JPA repository does with a query: its JPQL and its named parameters, read as a list, the first row or a
 * count, or run as a bulk update. A repository's methods then say only which rows they read. Parameters come as names and values, alternately.
 */
abstract class JpaRepository {

    @PersistenceContext
    EntityManager em;

    protected <T> List<T> list(Class<T> type, String jpql, Object... parameters) {
        return query(type, jpql, parameters).getResultList();
    }

    /** The first row, or none (a query that fetches a collection may repeat its row: the first is taken). */
    protected <T> Optional<T> first(Class<T> type, String jpql, Object... parameters) {
        return query(type, jpql, parameters).getResultStream().findFirst();
    }

    protected long count(String jpql, Object... parameters) {
        return query(Long.class, jpql, parameters).getSingleResult();
    }

    /** A bulk update or delete; how many rows it changed. */
    protected int update(String jpql, Object... parameters) {
        return with(em.createQuery(jpql), jpql, parameters).executeUpdate();
    }

    protected <T> TypedQuery<T> query(Class<T> type, String jpql, Object... parameters) {
        return with(em.createQuery(jpql, type), jpql, parameters);
    }

    private static <Q extends Query> Q with(Q query, String jpql, Object... parameters) {
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("Query parameters come as names and values: " + jpql);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query;
    }

    /** Adds an entity and writes it at once, so that its generated id and version are known on return. */
    protected void addNow(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
