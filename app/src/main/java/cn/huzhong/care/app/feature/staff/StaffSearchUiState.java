package cn.huzhong.care.app.feature.staff;

import java.util.List;

/** Finding a resident: by name or by certificate number; results with masked numbers only. */
public sealed interface StaffSearchUiState {
    /**
     * @param byNumber   searching by certificate number (else by the start of a name)
     * @param results    what was found (null before a search)
     * @param summary    how many were found, in words (null before a search)
     * @param fieldError the field's error, or null
     * @param error      why the search failed, or null
     */
    record Searching(boolean byNumber, boolean sending, List<Person> results, String summary, String fieldError,
                     String error) implements StaffSearchUiState {
    }

    /** A resident found: name, town and the certificate number masked; spoken as one sentence. */
    record Person(long residentId, String name, String town, String certificateMasked, String spoken) {
    }
}
