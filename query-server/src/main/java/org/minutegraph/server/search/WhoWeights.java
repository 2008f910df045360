package org.minutegraph.server.search;

/**
 * Evidence weights of who: being named in a passage about the topic counts much more than being
 * present at a meeting where it came up.
 *
 * @param participantCap the most that presence alone can add up to
 */
public record WhoWeights(double mentioned, double sponsor, double owner, double participantPerMeeting, double participantCap,
        int maxPeople, int evidencePerPerson) {

    public WhoWeights {
        if (mentioned < 0 || sponsor < 0 || owner < 0 || participantPerMeeting < 0 || participantCap < 0 || maxPeople < 1 || evidencePerPerson < 1) {
            throw new IllegalArgumentException("who weights must not be negative: " + this);
        }
    }

    public static WhoWeights defaults() {
        return new WhoWeights(3, 3, 2, 0.5, 2.5, 20, 3);
    }
}
