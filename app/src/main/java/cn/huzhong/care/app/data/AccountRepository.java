package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.ComplaintDto;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.domain.DataCaseKind;

import java.util.concurrent.CompletableFuture;

/**
 * The signed-in account's own matters: changing the password, what the service holds about the person the app acts
 * for (never kept on the device: the server says not to store it) with correction and deletion requests, and rating
 * or complaining about a volunteer's help for that person.
 */
public interface AccountRepository {
    CompletableFuture<Void> changePassword(String currentPassword, String newPassword);

    Reading<PersonalDataDto> personalData();

    CompletableFuture<DataCaseDto> fileDataCase(DataCaseKind kind, String details, String idempotencyKey);

    /** A volunteer's help for the person the app acts for (the volunteer by first name only). */
    Reading<TaskDto> helpTask(long taskId);

    CompletableFuture<TaskDto> rateTask(long taskId, int rating, String comment, String idempotencyKey);

    CompletableFuture<ComplaintDto> complain(long taskId, String body, String idempotencyKey);
}
