<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ul::ApiTokenBox</name>
    <message>
        <source>HTTP API token</source>
        <translation>HTTP API 令牌</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>重新生成…</translation>
    </message>
    <message>
        <source>The token cannot be read: %1</source>
        <translation>无法读取令牌：%1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚未生成）</translation>
    </message>
    <message>
        <source>A token is generated into %1 at the first headless start, or now with Regenerate.</source>
        <translation>首次以无界面模式启动时会在 %1 生成令牌，也可以现在点击“重新生成”。</translation>
    </message>
    <message>
        <source>From API_TOKEN (%1); change it there.</source>
        <translation>来自 API_TOKEN（%1），请在那里修改。</translation>
    </message>
    <message>
        <source>From the saved setting API_TOKEN; change it in the table below.</source>
        <translation>来自已保存的设置 API_TOKEN，请在下方表格中修改。</translation>
    </message>
    <message>
        <source>From %1 (owner-only file).</source>
        <translation>来自 %1（仅所有者可读写的文件）。</translation>
    </message>
    <message>
        <source>Clients of the HTTP API send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>HTTP API 的客户端以 “Authorization: Bearer &lt;令牌&gt;” 发送它。</translation>
    </message>
    <message>
        <source>Regenerate API token</source>
        <translation>重新生成 API 令牌</translation>
    </message>
    <message>
        <source>Write a new token to %1?

Clients using the current token are refused once uni-load&apos;s HTTP API restarts with the new one.</source>
        <translation>要将新令牌写入 %1 吗？

uni-load 的 HTTP API 使用新令牌重启后，仍使用当前令牌的客户端将被拒绝。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A new token was written. A running headless uni-load uses it after a restart.</source>
        <translation>新令牌已写入。正在运行的无界面 uni-load 重启后才会使用它。</translation>
    </message>
    <message>
        <source>Not regenerated: %1</source>
        <translation>未重新生成：%1</translation>
    </message>
</context>
<context>
    <name>ul::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>gpt-load instances</source>
        <translation>gpt-load 实例</translation>
    </message>
    <message>
        <source>uni-api configuration</source>
        <translation>uni-api 配置</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Site groups (L1):</source>
        <translation>站点分组（L1）：</translation>
    </message>
    <message>
        <source>Model channels (L2):</source>
        <translation>模型渠道（L2）：</translation>
    </message>
    <message>
        <source>Model groups (L3):</source>
        <translation>模型分组（L3）：</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Background services</source>
        <translation>后台服务</translation>
    </message>
    <message>
        <source>Instance health:</source>
        <translation>实例健康检查：</translation>
    </message>
    <message>
        <source>Model sync:</source>
        <translation>模型同步：</translation>
    </message>
    <message>
        <source>Channel health:</source>
        <translation>渠道健康检查：</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>最近的任务</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source>The state store cannot be used: %1</source>
        <translation>状态存储不可用：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The instance file cannot be used, so no gpt-load work is done: %1 (%2)</source>
        <translation>实例文件不可用，因此不会对 gpt-load 做任何操作：%1（%2）</translation>
    </message>
    <message>
        <source>Edit instance file…</source>
        <translation>编辑实例文件…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>None configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Add a gpt-load instance on the Instances page.</source>
        <translation>请在“实例”页面添加 gpt-load 实例。</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%1 / %2 健康</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>up, %1</source>
        <translation>正常，%1</translation>
    </message>
    <message>
        <source>down</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>TLS verification is off</source>
        <translation>TLS 验证已关闭</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>The file does not exist yet; it is created on the first write.</source>
        <translation>文件尚不存在，首次写入时会创建。</translation>
    </message>
    <message>
        <source>%1 providers, %2 managed by uni-load</source>
        <translation>%1 个提供方，其中 %2 个由 uni-load 管理</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Cancelling &quot;%1&quot;…</source>
        <translation>正在取消“%1”…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled; a running job stops at its next step.</source>
        <translation>“%1”已取消；正在运行的任务会在下一步停止。</translation>
    </message>
    <message>
        <source>Cannot cancel &quot;%1&quot;: %2</source>
        <translation>无法取消“%1”：%2</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Cancels the selected queued or running job.</source>
        <translation>取消所选的排队中或运行中的任务。</translation>
    </message>
</context>
<context>
    <name>ul::DesktopConsole</name>
    <message>
        <source>uni-load keeps running</source>
        <translation>uni-load 仍在运行</translation>
    </message>
    <message>
        <source>The console is in the system tray. Use its menu to open it again or to quit.</source>
        <translation>控制台已最小化到系统托盘。可通过托盘菜单重新打开或退出。</translation>
    </message>
    <message>
        <source>Instance check failed</source>
        <translation>实例检查失败</translation>
    </message>
    <message>
        <source>Instance check finished</source>
        <translation>实例检查完成</translation>
    </message>
    <message>
        <source>%1 of %2 gpt-load instances healthy</source>
        <translation>%1 / %2 个 gpt-load 实例健康</translation>
    </message>
</context>
<context>
    <name>ul::FilterPreviewModel</name>
    <message>
        <source>Blacklisted</source>
        <translation>命中黑名单</translation>
    </message>
    <message>
        <source>Not whitelisted</source>
        <translation>不在白名单中</translation>
    </message>
    <message>
        <source>Wrong channel type</source>
        <translation>渠道类型不符</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>名称无效</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>High cost (%1)</source>
        <translation>高成本（%1）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Matching rule</source>
        <translation>匹配的规则</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>ul::FilterRulesEditor</name>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>“%1”已在列表中。</translation>
    </message>
    <message>
        <source>Cannot read the saved rules: %1</source>
        <translation>无法读取已保存的规则：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved. New sites and the next model sync use these rules.</source>
        <translation>已保存。新站点和下一次模型同步将使用这些规则。</translation>
    </message>
    <message>
        <source>Defaults restored; save to keep them.</source>
        <translation>已恢复默认值，保存后生效。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>%1 kept, %2 dropped</source>
        <translation>保留 %1 个，丢弃 %2 个</translation>
    </message>
    <message>
        <source>Apply the whitelist</source>
        <translation>启用白名单</translation>
    </message>
    <message>
        <source>Apply the blacklist</source>
        <translation>启用黑名单</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Whitelist prefixes</source>
        <translation>白名单前缀</translation>
    </message>
    <message>
        <source>e.g. gpt-</source>
        <translation>例如 gpt-</translation>
    </message>
    <message>
        <source>A model is kept when its name, or the part after the last &apos;/&apos;, starts with an enabled prefix.</source>
        <translation>模型名称（或最后一个“/”之后的部分）以某个已启用的前缀开头时，该模型被保留。</translation>
    </message>
    <message>
        <source>Blacklist terms</source>
        <translation>黑名单词</translation>
    </message>
    <message>
        <source>e.g. embedding</source>
        <translation>例如 embedding</translation>
    </message>
    <message>
        <source>A model is dropped when a word of its name starts with an enabled term.</source>
        <translation>模型名称中有单词以某个已启用的词开头时，该模型被丢弃。</translation>
    </message>
    <message>
        <source>High-cost patterns</source>
        <translation>高成本模式</translation>
    </message>
    <message>
        <source>e.g. o3-</source>
        <translation>例如 o3-</translation>
    </message>
    <message>
        <source>Models containing an enabled pattern are never used for key validation.</source>
        <translation>包含已启用模式的模型永远不会用于密钥验证。</translation>
    </message>
    <message>
        <source>Preferred test models</source>
        <translation>首选测试模型</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini</source>
        <translation>例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>Used for key validation, in this order, when a site serves them.</source>
        <translation>站点提供这些模型时，按此顺序用于密钥验证。</translation>
    </message>
    <message>
        <source>Preview: which of these models would pass?</source>
        <translation>预览：这些模型中哪些会通过？</translation>
    </message>
    <message>
        <source>Model names, one per line</source>
        <translation>模型名称，每行一个</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Apply the whitelist (off for this run: ENABLE_MODEL_WHITELIST=false)</source>
        <translation>启用白名单（本次运行已关闭：ENABLE_MODEL_WHITELIST=false）</translation>
    </message>
    <message>
        <source>Apply the blacklist (off for this run: ENABLE_MODEL_BLACKLIST=false)</source>
        <translation>启用黑名单（本次运行已关闭：ENABLE_MODEL_BLACKLIST=false）</translation>
    </message>
</context>
<context>
    <name>ul::InstanceFileDialog</name>
    <message>
        <source>Edit gpt-load instances</source>
        <translation>编辑 gpt-load 实例</translation>
    </message>
    <message>
        <source>Instance file: %1</source>
        <translation>实例文件：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file on disk cannot be read (%1). Saving replaces it with the instances entered here.</source>
        <translation>无法读取磁盘上的文件（%1）。保存时将用这里填写的实例替换它。</translation>
    </message>
    <message>
        <source>The file on disk has a problem (%1). What could be read is shown below: fix it and save.</source>
        <translation>磁盘上的文件有问题（%1）。下面显示了能够读取的内容，请修正后保存。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>An instance may list in upstream_addresses only instances below it.</source>
        <translation>实例的 upstream_addresses 中只能列出位于它下方的实例。</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Admin token:</source>
        <translation>管理令牌：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>uni-api base URL:</source>
        <translation>uni-api 基础 URL：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Upstream addresses:</source>
        <translation>上游地址：</translation>
    </message>
    <message>
        <source>unique key, e.g. local</source>
        <translation>唯一标识，例如 local</translation>
    </message>
    <message>
        <source>gpt-load AUTH_KEY (needed for remote instances)</source>
        <translation>gpt-load 的 AUTH_KEY（远程实例必填）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Lower numbers are preferred.</source>
        <translation>数字越小越优先。</translation>
    </message>
    <message>
        <source>how uni-api reaches this instance (default: the URL)</source>
        <translation>uni-api 访问此实例的地址（默认：上面的 URL）</translation>
    </message>
    <message>
        <source>PEM file with an extra CA to trust</source>
        <translation>包含额外受信任 CA 的 PEM 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Turn TLS certificate verification off (insecure)</source>
        <translation>关闭 TLS 证书验证（不安全）</translation>
    </message>
    <message>
        <source>one URL per line; validated only</source>
        <translation>每行一个 URL；仅做校验</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>The instance file is valid (%n instance(s)).</source>
        <translation>
            <numerusform>实例文件有效（%n 个实例）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>Cannot save: %1, %2: %3</source>
        <translation>无法保存：%1，%2：%3</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ul::InstancesModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Verification off</source>
        <translation>验证已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed check(s)</source>
        <translation>
            <numerusform>连续 %n 次检查失败</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS certificate verification is turned off for this instance (tls_insecure).</source>
        <translation>此实例已关闭 TLS 证书验证（tls_insecure）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>ul::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>The instance file cannot be used: %1%2</source>
        <translation>实例文件不可用：%1%2</translation>
    </message>
    <message>
        <source>Edit instance file…</source>
        <translation>编辑实例文件…</translation>
    </message>
    <message>
        <source>Instance file: %1</source>
        <translation>实例文件：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n instance(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个实例…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check finished: %1 of %2 healthy.</source>
        <translation>检查完成：%1 / %2 健康。</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n instance(s); the engine uses them now.</source>
        <translation>
            <numerusform>已保存 %n 个实例，引擎已开始使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>移除实例</translation>
    </message>
    <message>
        <source>Remove the gpt-load instance &quot;%1&quot; from the instance file?

Groups that live on it stay in gpt-load; uni-load stops managing them until the instance is added again.</source>
        <translation>要从实例文件中移除 gpt-load 实例“%1”吗？

该实例上的分组仍保留在 gpt-load 中；在重新添加该实例之前，uni-load 不再管理它们。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not removed: the instance file has a problem; use Edit… to fix it.</source>
        <translation>未移除：实例文件有问题，请使用“编辑…”修正。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未移除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Removed; %n instance(s) left.</source>
        <translation>
            <numerusform>已移除，剩余 %n 个实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved; reloading the instance file…</source>
        <translation>已保存，正在重新加载实例文件…</translation>
    </message>
    <message>
        <source>Saved, but the engine could not reload it: %1</source>
        <translation>已保存，但引擎无法重新加载：%1</translation>
    </message>
</context>
<context>
    <name>ul::JobsModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ul::JournalModel</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>已接管</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ul::LayerSettingsEditor</name>
    <message>
        <source>Cannot read the saved layer settings: %1</source>
        <translation>无法读取已保存的分层设置：%1</translation>
    </message>
    <message>
        <source>The saved layer settings are invalid (%1); showing the defaults.</source>
        <translation>已保存的分层设置无效（%1），显示默认值。</translation>
    </message>
    <message>
        <source>Using the default layer settings.</source>
        <translation>正在使用默认分层设置。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved. Groups created or reconciled from now on get these settings.</source>
        <translation>已保存。此后创建或调和的分组将使用这些设置。</translation>
    </message>
    <message>
        <source>Defaults restored; save to keep them.</source>
        <translation>已恢复默认值，保存后生效。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>Layer group settings</source>
        <translation>分层分组设置</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>sort (fixed)</source>
        <translation>sort（固定）</translation>
    </message>
    <message>
        <source>Blacklist threshold</source>
        <translation>黑名单阈值</translation>
    </message>
    <message>
        <source>Key validation interval</source>
        <translation>密钥验证间隔</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>最大重试次数</translation>
    </message>
    <message>
        <source>Failures before gpt-load blacklists a key; 0 = never.</source>
        <translation>gpt-load 将密钥拉黑前允许的失败次数；0 表示从不拉黑。</translation>
    </message>
    <message>
        <source>Extra attempts with another key; not sent when left at gpt-load&apos;s default.</source>
        <translation>换用其他密钥的额外尝试次数；保持 gpt-load 默认值时不发送。</translation>
    </message>
    <message>
        <source>L1 site groups</source>
        <translation>L1 站点分组</translation>
    </message>
    <message>
        <source>L2 model channels</source>
        <translation>L2 模型渠道</translation>
    </message>
    <message>
        <source>L3 model groups</source>
        <translation>L3 模型分组</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>gpt-load default</source>
        <translation>gpt-load 默认值</translation>
    </message>
    <message>
        <source>The sort value identifies the layer in gpt-load and cannot be changed.</source>
        <translation>sort 值在 gpt-load 中标识所属层，不能修改。</translation>
    </message>
    <message>
        <source>Save layer settings</source>
        <translation>保存分层设置</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>ul::LayersPage</name>
    <message>
        <source>Layers &amp; filters</source>
        <translation>分层与过滤</translation>
    </message>
</context>
<context>
    <name>ul::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ul::MainWindow</name>
    <message>
        <source>uni-load console</source>
        <translation>uni-load 控制台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About uni-load</source>
        <translation>关于 uni-load(&amp;A)</translation>
    </message>
    <message>
        <source>About uni-load</source>
        <translation>关于 uni-load</translation>
    </message>
    <message>
        <source>&lt;b&gt;uni-load %1&lt;/b&gt;&lt;p&gt;Onboards AI API sites into gpt-load key pools and uni-api&apos;s api.yaml, and keeps them current.&lt;/p&gt;</source>
        <translation>&lt;b&gt;uni-load %1&lt;/b&gt;&lt;p&gt;将 AI API 站点接入 gpt-load 密钥池和 uni-api 的 api.yaml，并保持它们最新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · 更新于 %2</translation>
    </message>
</context>
<context>
    <name>ul::NotificationArea</name>
    <message>
        <source>Dismiss all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>ul::OperationsPage</name>
    <message>
        <source>Operations</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Operations journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Filter: job, operation, instance, target, detail</source>
        <translation>筛选：任务、操作、实例、目标、详情</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Application log</source>
        <translation>应用日志</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>条目：%1</translation>
    </message>
</context>
<context>
    <name>ul::RuleListBox</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ul::RuleListModel</name>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled: kept in the list but not applied</source>
        <translation>已停用：保留在列表中但不生效</translation>
    </message>
</context>
<context>
    <name>ul::Settings</name>
    <message>
        <source>TCP port of the HTTP API and web console.</source>
        <translation>HTTP API 和网页控制台的 TCP 端口。</translation>
    </message>
    <message>
        <source>Address the HTTP API listens on. A non-loopback address needs an explicitly configured API token.</source>
        <translation>HTTP API 监听的地址。非回环地址需要显式配置 API 令牌。</translation>
    </message>
    <message>
        <source>Extra host names accepted in the Host header (comma-separated), besides the bound address and localhost.</source>
        <translation>除绑定地址和 localhost 外，Host 请求头中额外接受的主机名（逗号分隔）。</translation>
    </message>
    <message>
        <source>Bearer token of the HTTP API. Unset: the stored setting, else a token generated into &lt;config dir&gt;/api-token.</source>
        <translation>HTTP API 的 Bearer 令牌。未设置时使用已保存的设置，否则使用生成到 &lt;配置目录&gt;/api-token 的令牌。</translation>
    </message>
    <message>
        <source>&quot;none&quot; turns API authentication off; honoured only on a loopback bind address.</source>
        <translation>设为 “none” 时关闭 API 认证；仅在绑定回环地址时生效。</translation>
    </message>
    <message>
        <source>Comma-separated CORS allowlist of the HTTP API.</source>
        <translation>HTTP API 的 CORS 允许来源列表（逗号分隔）。</translation>
    </message>
    <message>
        <source>Largest accepted request body (kb/mb suffixes); larger requests get 413.</source>
        <translation>接受的最大请求体（可用 kb/mb 后缀）；超出的请求返回 413。</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at GET /metrics.</source>
        <translation>在 GET /metrics 提供 Prometheus 指标。</translation>
    </message>
    <message>
        <source>Port of the metrics endpoint.</source>
        <translation>指标端点的端口。</translation>
    </message>
    <message>
        <source>Instance file. Unset: gptload-instances.json, gpt-load-instances.local.json, then gpt-load-instances.json in the config directory.</source>
        <translation>实例文件。未设置时依次查找配置目录中的 gptload-instances.json、gpt-load-instances.local.json 和 gpt-load-instances.json。</translation>
    </message>
    <message>
        <source>uni-api configuration file to edit.</source>
        <translation>要编辑的 uni-api 配置文件。</translation>
    </message>
    <message>
        <source>uni-api directory; shown only, as in the original.</source>
        <translation>uni-api 目录；与原版一样仅作显示。</translation>
    </message>
    <message>
        <source>gpt-load URL printed at startup; the instance file is what counts.</source>
        <translation>启动时打印的 gpt-load URL；实际以实例文件为准。</translation>
    </message>
    <message>
        <source>Run model sync periodically.</source>
        <translation>定期运行模型同步。</translation>
    </message>
    <message>
        <source>Model sync period in minutes.</source>
        <translation>模型同步周期（分钟）。</translation>
    </message>
    <message>
        <source>Run the channel health monitor.</source>
        <translation>运行渠道健康监控。</translation>
    </message>
    <message>
        <source>Channel health check period in minutes.</source>
        <translation>渠道健康检查周期（分钟）。</translation>
    </message>
    <message>
        <source>Consecutive failures before a channel is acted on.</source>
        <translation>对渠道采取措施前允许的连续失败次数。</translation>
    </message>
    <message>
        <source>Reconcile the three layers at startup and keep them current.</source>
        <translation>启动时调和三层架构并保持其最新。</translation>
    </message>
    <message>
        <source>gpt-load instance health check period in seconds.</source>
        <translation>gpt-load 实例健康检查周期（秒）。</translation>
    </message>
    <message>
        <source>Apply the whitelist stage of the model filter.</source>
        <translation>启用模型过滤的白名单阶段。</translation>
    </message>
    <message>
        <source>Apply the blacklist stage of the model filter.</source>
        <translation>启用模型过滤的黑名单阶段。</translation>
    </message>
    <message>
        <source>Outbound requests in flight per gpt-load instance (and per site during discovery).</source>
        <translation>每个 gpt-load 实例（以及发现模型时每个站点）同时进行的外发请求数。</translation>
    </message>
    <message>
        <source>Timeout of one outbound request in milliseconds.</source>
        <translation>单个外发请求的超时时间（毫秒）。</translation>
    </message>
    <message>
        <source>Retries of an idempotent outbound request (network errors, 429, 5xx).</source>
        <translation>幂等外发请求的重试次数（网络错误、429、5xx）。</translation>
    </message>
    <message>
        <source>Minimum level written to the log files and the console: debug, info, warn or error.</source>
        <translation>写入日志文件和控制台的最低级别：debug、info、warn 或 error。</translation>
    </message>
    <message>
        <source>Wire-level logging of outbound calls (bodies included, keys redacted).</source>
        <translation>记录外发请求的通信细节（包含请求体，密钥已脱敏）。</translation>
    </message>
    <message>
        <source>Size at which a log file is rotated.</source>
        <translation>日志文件轮转的大小。</translation>
    </message>
    <message>
        <source>Files kept per log, the current one included.</source>
        <translation>每种日志保留的文件数（含当前文件）。</translation>
    </message>
    <message>
        <source>Build setting of the original Vue front end; not used.</source>
        <translation>原版 Vue 前端的构建设置；未使用。</translation>
    </message>
</context>
<context>
    <name>ul::SettingsModel</name>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>saved setting</source>
        <translation>已保存的设置</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Shown only; has no effect</source>
        <translation>仅作显示，不起作用</translation>
    </message>
    <message>
        <source>Overridden by %1; the saved value is not used</source>
        <translation>被 %1 覆盖，已保存的值不会使用</translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation>被 %1 覆盖</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>需要重启</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value in effect</source>
        <translation>当前生效值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Saved value</source>
        <translation>已保存的值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ul::SettingsPage</name>
    <message>
        <source>Language saved.</source>
        <translation>语言已保存。</translation>
    </message>
    <message>
        <source>Saved; used at the next start.</source>
        <translation>已保存，下次启动时生效。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <source>Saved values apply at the next start. Values from .env, .env.local, the environment or the command line take precedence over them.</source>
        <translation>已保存的值在下次启动时生效。来自 .env、.env.local、环境变量或命令行的值优先于它们。</translation>
    </message>
    <message>
        <source>Filter settings</source>
        <translation>筛选设置项</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>保存值</translation>
    </message>
    <message>
        <source>Remove saved value</source>
        <translation>删除已保存的值</translation>
    </message>
    <message>
        <source>Cannot read the saved settings: %1</source>
        <translation>无法读取已保存的设置：%1</translation>
    </message>
    <message>
        <source>Select a setting above to change it.</source>
        <translation>在上方选择一个设置项进行修改。</translation>
    </message>
    <message>
        <source>This setting is shown for compatibility and has no effect.</source>
        <translation>此设置仅为兼容而显示，不起作用。</translation>
    </message>
    <message>
        <source>The API token is managed in the HTTP API token box above.</source>
        <translation>API 令牌在上方的“HTTP API 令牌”区域管理。</translation>
    </message>
    <message>
        <source>Enter a value, or remove the saved value to use the default.</source>
        <translation>请输入一个值，或删除已保存的值以使用默认值。</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Saved, but %1 is set in %2, which takes precedence.</source>
        <translation>已保存，但 %1 已在 %2 中设置，该设置优先。</translation>
    </message>
    <message>
        <source>Saved; restart uni-load to apply it.</source>
        <translation>已保存，重启 uni-load 后生效。</translation>
    </message>
    <message>
        <source>Saved value removed; the default applies after a restart.</source>
        <translation>已删除保存的值，重启后使用默认值。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ul::TrayMonitor</name>
    <message>
        <source>Open console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <source>Checking instances…</source>
        <translation>正在检查实例…</translation>
    </message>
    <message>
        <source>Check instances now</source>
        <translation>立即检查实例</translation>
    </message>
    <message>
        <source>Quit uni-load</source>
        <translation>退出 uni-load</translation>
    </message>
</context>
<context>
    <name>ul::TrayStateMapper</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>The state store cannot be used</source>
        <translation>状态存储不可用</translation>
    </message>
    <message>
        <source>Instance file problem</source>
        <translation>实例文件有问题</translation>
    </message>
    <message>
        <source>No gpt-load instances configured</source>
        <translation>未配置 gpt-load 实例</translation>
    </message>
    <message>
        <source>%1 of %2 gpt-load instances healthy</source>
        <translation>%1 / %2 个 gpt-load 实例健康</translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Instance file loaded</source>
        <translation>实例文件已加载</translation>
    </message>
    <message numerus="yes">
        <source>%n gpt-load instance(s) configured</source>
        <translation>
            <numerusform>已配置 %n 个 gpt-load 实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance down: %1</source>
        <translation>实例不可用：%1</translation>
    </message>
    <message>
        <source>The gpt-load instance does not answer.</source>
        <translation>该 gpt-load 实例没有响应。</translation>
    </message>
    <message>
        <source>Instance up: %1</source>
        <translation>实例已恢复：%1</translation>
    </message>
    <message>
        <source>The gpt-load instance answers again.</source>
        <translation>该 gpt-load 实例已恢复响应。</translation>
    </message>
</context>
</TS>
