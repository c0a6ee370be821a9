package com.lzp.survey.access;

import com.lzp.survey.common.SurveyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Accounts of admins, researchers and committee members. */
@ApplicationScoped
public class UserService {

    public List<UserView> list() {
        return AppUser.listByName().stream().map(UserView::of).toList();
    }

    /** Changes a person's own password; the current one must be given. */
    @Transactional
    public void changePassword(String username, @NotNull(message = "请求内容为空。") @Valid ChangePasswordRequest request) {
        AppUser user = AppUser.findByUsername(username)
                .orElseThrow(() -> SurveyException.notFound("账号「" + username + "」不存在。"));
        if (!user.hasPassword(request.currentPassword().toCharArray())) {
            throw SurveyException.badRequest("currentPassword", "当前密码不正确。");
        }
        user.passwordHash = AppUser.of(username, request.newPassword(), user.role).passwordHash;
    }

    @Transactional
    public UserView create(@NotNull(message = "请求内容为空。") @Valid NewUserRequest request) {
        if (AppUser.findByUsername(request.username()).isPresent()) {
            throw SurveyException.conflict("user-exists", "username", "用户名「" + request.username() + "」已被使用。");
        }
        AppUser user = AppUser.of(request.username(), request.password(), request.role());
        user.persist();
        return UserView.of(user);
    }
}
