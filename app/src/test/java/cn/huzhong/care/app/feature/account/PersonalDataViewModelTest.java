package cn.huzhong.care.app.feature.account;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.FakeVolunteers;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CodeName;
import cn.huzhong.care.core.api.DataCaseDto;
import cn.huzhong.care.core.api.PersonalDataDto;
import cn.huzhong.care.core.domain.DataCaseKind;
import cn.huzhong.care.core.domain.DataCaseStatus;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataViewModelTest {
    final FakeVolunteers repo = new FakeVolunteers();
    final PersonalDataViewModel vm = new PersonalDataViewModel(repo, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);

    static PersonalDataDto held(List<DataCaseDto> cases) {
        return new PersonalDataDto(3, "赵小梅", "232764********0023**", new CodeName(2, "听力残疾"), new CodeName(2, "二级"),
                LocalDate.of(1990, 3, 1), "呼源镇", "139****0003", "呼源镇源江路 3 号", "赵小梅", null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), cases, 4,
                List.of("补贴发放记录：法律要求保留"));
    }

    static DataCaseDto filed(long id) {
        return new DataCaseDto(id, 3, "赵小梅", Town.HUYUAN, DataCaseKind.CORRECTION, "更正", "电话换了。",
                DataCaseStatus.OPEN, "待处理", FakeVolunteers.START, null, null, List.of(), List.of());
    }

    PersonalDataUiState.Content content() {
        return assertInstanceOf(PersonalDataUiState.Content.class, vm.state());
    }

    @Test
    void askingForACorrection_needsSaying_whatAndWhy_thenReadsAgain() {
        repo.data.then(FakeRepositories.fresh(held(List.of())));
        vm.load();
        vm.send();
        assertTrue(repo.calls.stream().noneMatch(c -> c.startsWith("file")), "nothing is asked yet");
        vm.ask(DataCaseKind.CORRECTION);
        assertEquals(DataCaseKind.CORRECTION, content().asking());
        vm.detailsProperty().set(" 电话 ");
        vm.send();
        assertEquals("至少 5 个字。", content().detailsError());
        vm.detailsProperty().set("我的手机号换了，新号码是 13911113333。");
        repo.file.then(filed(9));
        repo.data.then(FakeRepositories.fresh(held(List.of(filed(9)))));
        vm.send();
        assertTrue(repo.calls.stream().anyMatch(c -> c.startsWith("file CORRECTION 我的手机号换了")), repo.calls.toString());
        assertNull(content().asking());
        assertEquals("已提交更正申请。工作人员核实后会答复您，答复会显示在下面。", content().notice());
        assertEquals(1, content().data().cases().size());
    }

    @Test
    void cancelling_closesTheDialog_withoutSending() {
        repo.data.then(FakeRepositories.fresh(held(List.of())));
        vm.load();
        vm.ask(DataCaseKind.DELETION);
        vm.cancel();
        assertNull(content().asking());
        assertTrue(repo.calls.stream().noneMatch(c -> c.startsWith("file")));
    }
}
