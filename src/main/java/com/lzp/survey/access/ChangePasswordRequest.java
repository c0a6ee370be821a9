package com.lzp.survey.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in person's new password, with the current one as proof. */
public record ChangePasswordRequest(
        @NotBlank(message = "请填写当前密码。") String currentPassword,

        @NotBlank(message = "请填写新密码。") @Size(min = 10, max = 72, message = "密码长度须在 10 到 72 个字符之间。")
        String newPassword) {}
