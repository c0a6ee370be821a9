package com.lzp.survey.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to give an account to. */
public record NewUserRequest(
        @NotBlank(message = "请填写用户名。")
        @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "用户名只能包含字母、数字、点、下划线和连字符，2 到 64 个字符。")
        String username,

        @NotBlank(message = "请填写密码。") @Size(min = 10, max = 72, message = "密码长度须在 10 到 72 个字符之间。")
        String password,

        @NotBlank(message = "请选择角色。")
        @Pattern(regexp = "admin|researcher|committee", message = "角色只能是 admin、researcher 或 committee。")
        String role) {}
