package cn.huzhong.care.core.domain;

import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.core.i18n.Text;

/**
 * How a carer is related to the resident they act for (what the carer is to the resident): "您是刘洋的母亲". The
 * gendered words are preferred where known; the neutral ones stay for links made without them.
 */
public enum Relationship {
    MOTHER(new Text("母亲", "mother")),
    FATHER(new Text("父亲", "father")),
    DAUGHTER(new Text("女儿", "daughter")),
    SON(new Text("儿子", "son")),
    WIFE(new Text("妻子", "wife")),
    HUSBAND(new Text("丈夫", "husband")),
    PARENT(new Text("父母", "parent")),
    CHILD(new Text("子女", "son or daughter")),
    SPOUSE(new Text("配偶", "spouse")),
    SIBLING(new Text("兄弟姐妹", "brother or sister")),
    GRANDCHILD(new Text("孙子女", "grandchild")),
    GUARDIAN(new Text("监护人", "guardian")),
    OTHER(new Text("其他亲属", "other relative"));

    private final Text text;

    Relationship(Text text) {
        this.text = text;
    }

    public String displayName(Lang lang) {
        return text.in(lang);
    }
}
