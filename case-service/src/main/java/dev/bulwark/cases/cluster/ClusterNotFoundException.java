package dev.bulwark.cases.cluster;

/** No cluster has the given id, or none the caller may read (a 404 at the edge). */
public class ClusterNotFoundException extends RuntimeException {

    public ClusterNotFoundException() {
        super("no such cluster");
    }
}
