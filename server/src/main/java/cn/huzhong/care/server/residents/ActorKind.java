package cn.huzhong.care.server.residents;

/**
 * Who acted on a person's record, as shown in timelines: the person, a carer on their behalf, a town office or
 * the district federation. Every record keeps the actor's account id as well.
 */
public enum ActorKind {
    SELF,
    CARER,
    TOWN,
    DISTRICT,
    VOLUNTEER,
    SYSTEM
}
