package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.ChangePassword;
import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.FileComplaint;
import cn.huzhong.care.core.api.FileDataCase;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.api.RatingRequest;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.i18n.Lang;

import java.util.List;

/**
 * The accounts' part of the REST API as a resident, a carer or a volunteer uses it: changing one's own password, what
 * the service holds about a person and asking for it to be corrected or deleted, and rating or complaining about a
 * volunteer's help. Blocking calls that throw {@link ApiFailure}, as {@link Api}'s.
 */
public interface AccountApi {
    /** The current password is required; the other sessions of the account end. */
    void changePassword(String token, ChangePassword change, Lang lang);

    PersonalDataDto personalData(String token, long residentId, Lang lang);

    List<DataCaseDto> dataCases(String token, long residentId, Lang lang);

    DataCaseDto fileDataCase(String token, long residentId, FileDataCase dataCase, String idempotencyKey, Lang lang);

    /** The help tasks for a person, as the person sees them (the volunteer by first name only). */
    Page<TaskDto> residentTasks(String token, long residentId, int page, int size, Lang lang);

    TaskDto rateTask(String token, long residentId, long taskId, RatingRequest rating, String idempotencyKey, Lang lang);

    ComplaintDto complainAboutTask(String token, long residentId, long taskId, FileComplaint complaint,
                                   String idempotencyKey, Lang lang);
}
