<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ul::AddSiteDialog</name>
    <message>
        <source>Could not cancel: %1</source>
        <translation>无法取消：%1</translation>
    </message>
    <message>
        <source>Add keys to %1</source>
        <translation>为 %1 添加密钥</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>添加站点</translation>
    </message>
    <message>
        <source>computed from the URL</source>
        <translation>根据 URL 自动生成</translation>
    </message>
    <message>
        <source>Formats and custom validation endpoints</source>
        <translation>格式与自定义验证端点</translation>
    </message>
    <message>
        <source>An empty endpoint uses the format&apos;s default path.</source>
        <translation>端点留空则使用该格式的默认路径。</translation>
    </message>
    <message>
        <source>One key per line, or separated by commas or spaces</source>
        <translation>每行一个密钥，或用逗号、空格分隔</translation>
    </message>
    <message>
        <source>Optional: skip discovery and use these models</source>
        <translation>可选：跳过模型发现，直接使用这些模型</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Site name: type a base URL</source>
        <translation>站点名称：请输入基础 URL</translation>
    </message>
    <message>
        <source>&lt;p&gt;The keys are added to &lt;b&gt;%1&lt;/b&gt;; its models are discovered again and the layers reconciled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;密钥将添加到 &lt;b&gt;%1&lt;/b&gt;；随后重新发现其模型并调和各层。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fill in the site, then &lt;b&gt;Show plan&lt;/b&gt; to see what will be created.&lt;/p&gt;</source>
        <translation>&lt;p&gt;填写站点信息，然后点击&lt;b&gt;查看计划&lt;/b&gt;了解将要创建的内容。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated, ignored</source>
        <translation>
            <numerusform>%n 个重复，已忽略</numerusform>
        </translation>
    </message>
    <message>
        <source>No manual models: they are discovered</source>
        <translation>未手动指定模型：将自动发现</translation>
    </message>
    <message numerus="yes">
        <source>%n manual model(s)</source>
        <translation>
            <numerusform>%n 个手动模型</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The form changed: &lt;b&gt;Show plan&lt;/b&gt; again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;表单已更改：请重新&lt;b&gt;查看计划&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Site name: %1</source>
        <translation>站点名称：%1</translation>
    </message>
    <message>
        <source>already onboarded; it will be updated</source>
        <translation>已接入，将进行更新</translation>
    </message>
    <message>
        <source>changed to avoid a clash</source>
        <translation>已更改以避免重名</translation>
    </message>
    <message>
        <source>Check the form: %1</source>
        <translation>请检查表单：%1</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>无法生成计划：%1</translation>
    </message>
    <message>
        <source>Plan ready: nothing has been changed yet.</source>
        <translation>计划已生成：尚未做任何更改。</translation>
    </message>
    <message>
        <source>Adding keys…</source>
        <translation>正在添加密钥…</translation>
    </message>
    <message>
        <source>Onboarding…</source>
        <translation>正在接入…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>将在当前步骤完成后取消…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Cancelled. What was created so far stays and is completed by running it again.</source>
        <translation>已取消。已创建的内容会保留，再次运行即可补全。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Fill in one of the demo&apos;s simulated sites…</source>
        <translation>填入演示中的一个模拟站点…</translation>
    </message>
    <message>
        <source>%1 site at %2 (onboarded)</source>
        <translation>%2 上的 %1 站点（已接入）</translation>
    </message>
    <message>
        <source>%1 site at %2</source>
        <translation>%2 上的 %1 站点</translation>
    </message>
    <message>
        <source>&lt;p&gt;The run has ended: &lt;b&gt;Show plan&lt;/b&gt; again to see what another run would change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本次运行已结束：重新&lt;b&gt;查看计划&lt;/b&gt;可了解再次运行会做出哪些更改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close while running</source>
        <translation>运行中关闭</translation>
    </message>
    <message>
        <source>The run goes on without this window; the Sites page shows how it ends. Use Cancel run to stop it instead.</source>
        <translation>关闭此窗口后运行仍会继续，结果显示在站点页面上。若要停止运行，请改用“取消运行”。</translation>
    </message>
    <message>
        <source>Discard input</source>
        <translation>放弃输入</translation>
    </message>
    <message>
        <source>Discard the keys you entered? They have not been added.</source>
        <translation>放弃已输入的密钥？它们尚未添加。</translation>
    </message>
    <message>
        <source>Discard the site and keys you entered? Nothing has been onboarded.</source>
        <translation>放弃已输入的站点和密钥？尚未接入任何内容。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Go to Instances</source>
        <translation>前往“实例”页</translation>
    </message>
    <message>
        <source>Base URL used: %1</source>
        <translation>实际使用的基础 URL：%1</translation>
    </message>
    <message>
        <source>Demo &amp;sites:</source>
        <translation>演示站点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Site &amp;name (optional):</source>
        <translation>站点名称（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>API &amp;keys:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Manual &amp;models:</source>
        <translation>手动指定模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Show &amp;plan</source>
        <translation>查看计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add keys</source>
        <translation>添加密钥(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Onboard</source>
        <translation>接入(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>取消运行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 validation endpoint</source>
        <translation>%1 验证端点</translation>
    </message>
</context>
<context>
    <name>ul::ApiServerBox</name>
    <message>
        <source>Listening on %1 — the web console is at %2.</source>
        <translation>正在监听 %1 —— 网页控制台位于 %2。</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Off. Scripts and the web console need it; the desktop console does not.</source>
        <translation>已关闭。脚本和网页控制台需要它；桌面控制台不需要。</translation>
    </message>
    <message>
        <source>The choice was not saved for the next start: %1</source>
        <translation>此选择未能保存到下次启动：%1</translation>
    </message>
    <message>
        <source>HTTP API server</source>
        <translation>HTTP API 服务器</translation>
    </message>
    <message>
        <source>Serve the HTTP API and web console while the console runs</source>
        <translation>控制台运行期间提供 HTTP API 和网页控制台</translation>
    </message>
    <message>
        <source>Address and port are the BIND_ADDRESS and PORT settings; clients send the token shown below.</source>
        <translation>地址和端口取自 BIND_ADDRESS 和 PORT 设置；客户端需发送下方显示的令牌。</translation>
    </message>
</context>
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
        <translation>HTTP API 的客户端以“Authorization: Bearer &lt;令牌&gt;”的形式发送它。</translation>
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
        <source>Not regenerated: %1</source>
        <translation>未重新生成：%1</translation>
    </message>
    <message>
        <source>A token is generated into %1 when the HTTP API server first starts, or now with Regenerate.</source>
        <translation>HTTP API 服务器首次启动时会在 %1 生成令牌，也可以现在点击“重新生成”。</translation>
    </message>
    <message>
        <source>A new token was written. This console&apos;s HTTP API server uses it at once; a running headless uni-load after a restart.</source>
        <translation>已写入新令牌。本控制台的 HTTP API 服务器立即使用它；正在运行的无界面 uni-load 需重启后使用。</translation>
    </message>
</context>
<context>
    <name>ul::ArchitecturePage</name>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>按站点</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Groups left in gpt-load by the original uni-load (site groups, model channel groups and model groups) can be imported: uni-load then manages them like its own. The original&apos;s two-layer model groups are never imported; they can be deleted once the three layers serve their models.</source>
        <translation>原版 uni-load 在 gpt-load 中留下的分组（站点分组、模型渠道分组和模型分组）可以导入，之后 uni-load 会像管理自己的分组一样管理它们。原版的两层模型分组不会被导入；在三层架构接管这些模型后即可删除。</translation>
    </message>
    <message>
        <source>Look for a layout</source>
        <translation>查找现有布局</translation>
    </message>
    <message>
        <source>Delete legacy groups…</source>
        <translation>删除旧版分组…</translation>
    </message>
    <message>
        <source>Cannot read the layers: %1</source>
        <translation>无法读取分层：%1</translation>
    </message>
    <message>
        <source>L3 %1</source>
        <translation>L3 %1</translation>
    </message>
    <message>
        <source>no healthy member</source>
        <translation>没有健康成员</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n 个活跃成员</numerusform>
        </translation>
    </message>
    <message>
        <source>L2: not created for %1</source>
        <translation>L2：尚未为 %1 创建</translation>
    </message>
    <message>
        <source>L2 %1</source>
        <translation>L2 %1</translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation>%1，权重 %2</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>不是成员</translation>
    </message>
    <message>
        <source>L1 %1</source>
        <translation>L1 %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>无法生成计划：%1</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message>
        <source>Nothing to do: gpt-load and api.yaml match the stored layers.</source>
        <translation>无需操作：gpt-load 和 api.yaml 与存储的分层一致。</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete</source>
        <translation>创建 %1 个，更新 %2 个，删除 %3 个</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Unreachable, not planned: %1</source>
        <translation>无法访问，未纳入计划：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n group name clash(es) with groups uni-load does not own; those groups are left alone.</source>
        <translation>
            <numerusform>%n 个分组名称与非 uni-load 管理的分组冲突；这些分组保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the reconciliation…</source>
        <translation>正在启动调和…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Reading the groups of every instance…</source>
        <translation>正在读取所有实例的分组…</translation>
    </message>
    <message>
        <source>Cannot look for a layout: %1</source>
        <translation>无法查找布局：%1</translation>
    </message>
    <message>
        <source>already managed</source>
        <translation>已在管理中</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>待导入</translation>
    </message>
    <message>
        <source>Site groups</source>
        <translation>站点分组</translation>
    </message>
    <message>
        <source>Model channel groups</source>
        <translation>模型渠道分组</translation>
    </message>
    <message>
        <source>Model groups</source>
        <translation>模型分组</translation>
    </message>
    <message>
        <source>Legacy two-layer groups (not imported)</source>
        <translation>旧版两层分组（不导入）</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) can be imported.</source>
        <translation>
            <numerusform>可导入 %n 个分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Not inspected (unreachable): %1</source>
        <translation>未检查（无法访问）：%1</translation>
    </message>
    <message>
        <source>Importing and reconciling…</source>
        <translation>正在导入并调和…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n two-layer group(s) of the original uni-load from gpt-load?

%1

Clients that still use them directly stop working.</source>
        <translation>
            <numerusform>要从 gpt-load 中删除原版 uni-load 的这 %n 个两层分组吗？

%1

仍直接使用它们的客户端将无法工作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete legacy groups</source>
        <translation>删除旧版分组</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n group(s).</source>
        <translation>
            <numerusform>已删除 %n 个分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, %2, %3, %4.</source>
        <translation>已导入 %1、%2、%3、%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 个站点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s)</source>
        <translation>
            <numerusform>%n 个站点分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model channel group(s)</source>
        <translation>
            <numerusform>%n 个模型渠道分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n 个模型分组</numerusform>
        </translation>
    </message>
    <message>
        <source>L3: not created (%1 format)</source>
        <translation>L3：未创建（%1 格式）</translation>
    </message>
    <message>
        <source>Instance id: %1</source>
        <translation>实例 ID：%1</translation>
    </message>
    <message>
        <source>Filter by model, group, site or instance…</source>
        <translation>按模型、分组、站点或实例筛选…</translation>
    </message>
    <message>
        <source>Apply the plan of the last dry run to gpt-load and api.yaml?</source>
        <translation>将上次试运行得出的计划应用到 gpt-load 和 api.yaml？</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) removed from api.yaml</source>
        <translation>
            <numerusform>从 api.yaml 移除 %n 个提供方</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>将删除：%1</translation>
    </message>
    <message>
        <source>Deleted groups cannot be restored; clients that use them directly stop working.</source>
        <translation>删除的分组无法恢复；直接使用它们的客户端将无法工作。</translation>
    </message>
    <message>
        <source>The reconciliation works the plan out again when it starts, so changes made since the dry run are included.</source>
        <translation>调和开始时会重新计算计划，因此试运行之后的变更也会包含在内。</translation>
    </message>
    <message>
        <source>Apply plan</source>
        <translation>应用计划</translation>
    </message>
    <message>
        <source>No model group yet: once a site is onboarded, each model appears here with the site groups that serve it.</source>
        <translation>尚无模型分组：接入站点后，每个模型会连同为其提供服务的站点分组显示在这里。</translation>
    </message>
    <message>
        <source>No site yet: each onboarded site appears here with its site groups and the model channels they feed.</source>
        <translation>尚无站点：每个已接入的站点会连同其站点分组及它们支撑的模型渠道显示在这里。</translation>
    </message>
    <message>
        <source>Look for a layout to list the groups the original uni-load left in gpt-load.</source>
        <translation>点击“查找现有布局”，列出原版 uni-load 留在 gpt-load 中的分组。</translation>
    </message>
    <message>
        <source>Migrate keys…</source>
        <translation>迁移密钥…</translation>
    </message>
    <message>
        <source>Imported groups still carry the gpt-load admin key in their pools; this moves them to uni-load&apos;s own proxy keys.</source>
        <translation>导入的分组的密钥池中仍带有 gpt-load 管理密钥；此操作将它们迁移到 uni-load 自己的代理密钥。</translation>
    </message>
    <message>
        <source>Move every imported model channel group and model group to uni-load&apos;s proxy keys?

Their pools get uni-load&apos;s hop key and the gpt-load admin key is taken out of them; api.yaml gets the gateway key. Clients that call these groups with the admin key stop working.</source>
        <translation>要将所有导入的模型渠道分组和模型分组迁移到 uni-load 的代理密钥吗？

它们的密钥池将加入 uni-load 的中转密钥，并移除 gpt-load 管理密钥；api.yaml 使用网关密钥。仍用管理密钥调用这些分组的客户端将无法工作。</translation>
    </message>
    <message>
        <source>Migrate keys</source>
        <translation>迁移密钥</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Migrating the keys of the imported groups…</source>
        <translation>正在迁移导入分组的密钥…</translation>
    </message>
    <message>
        <source>Keys not migrated: %1</source>
        <translation>密钥未迁移：%1</translation>
    </message>
    <message numerus="yes">
        <source>Keys migrated: %n group(s) updated.</source>
        <translation>
            <numerusform>密钥已迁移：更新了 %n 个分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
</context>
<context>
    <name>ul::CleanupPage</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Model groups</source>
        <translation>模型分组</translation>
    </message>
    <message>
        <source>Upstreams removed</source>
        <translation>移除的上游</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Cleaning up: %1 (%2 of %3)</source>
        <translation>正在清理：%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Cleaning up: %1</source>
        <translation>正在清理：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cleanup finished: %n upstream(s) removed.</source>
        <translation>
            <numerusform>清理完成：移除了 %n 个上游。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Connectivity cleanup: channels whose site no longer answers</source>
        <translation>连通性清理：站点已无响应的渠道</translation>
    </message>
    <message>
        <source>Timeout per attempt:</source>
        <translation>每次尝试超时：</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>尝试次数：</translation>
    </message>
    <message>
        <source>Skip channels matching:</source>
        <translation>跳过匹配的渠道：</translation>
    </message>
    <message>
        <source>Only channels matching:</source>
        <translation>仅检查匹配的渠道：</translation>
    </message>
    <message>
        <source>Regular expressions, separated by commas or spaces</source>
        <translation>正则表达式，用逗号或空格分隔</translation>
    </message>
    <message>
        <source>Empty: every active channel</source>
        <translation>留空：所有活跃渠道</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Temporary groups left by discovery</source>
        <translation>模型发现留下的临时分组</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>全部删除…</translation>
    </message>
    <message>
        <source>Delete those older than</source>
        <translation>删除超过此时长的</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Check the options: %1</source>
        <translation>请检查选项：%1</translation>
    </message>
    <message>
        <source>Probing every selected site…</source>
        <translation>正在探测所有选中的站点…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 site groups checked: %n disconnected</source>
        <translation>
            <numerusform>已检查 %1 / %2 个站点分组：%n 个已断开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing them changes %n model group(s)</source>
        <translation>
            <numerusform>移除它们将影响 %n 个模型分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n keep their last upstream, flagged)</source>
        <translation>
            <numerusform>（%n 个保留最后一个上游并已标记）</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply cleanup</source>
        <translation>应用清理</translation>
    </message>
    <message>
        <source>Probe the sites again and take every channel that still does not answer out of its model groups? They are re-added automatically when they answer again.</source>
        <translation>重新探测这些站点，并将仍无响应的渠道从其模型分组中移出？它们恢复响应后会自动重新加入。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Cannot read the cleanup history: %1</source>
        <translation>无法读取清理历史：%1</translation>
    </message>
    <message>
        <source>Cannot list temporary groups: %1</source>
        <translation>无法列出临时分组：%1</translation>
    </message>
    <message>
        <source>not listed: %1</source>
        <translation>未能列出：%1</translation>
    </message>
    <message>
        <source>Temporary groups left by discovery (%1)</source>
        <translation>模型发现留下的临时分组（%1）</translation>
    </message>
    <message>
        <source>Delete temporary groups</source>
        <translation>删除临时分组</translation>
    </message>
    <message>
        <source>Delete every temporary group on every instance? A discovery running right now may fail and has to be repeated.</source>
        <translation>要删除所有实例上的全部临时分组吗？正在进行的模型发现可能会失败，需要重新执行。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting temporary groups…</source>
        <translation>正在删除临时分组…</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary group(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个临时分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of the preview summary</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>No disconnected channel listed: Preview checks every site group.</source>
        <translation>没有列出已断开的渠道：“预览”会检查每个站点分组。</translation>
    </message>
    <message>
        <source>No cleanup has run yet.</source>
        <translation>尚未运行过清理。</translation>
    </message>
    <message>
        <source>No temporary groups found.</source>
        <translation>没有找到临时分组。</translation>
    </message>
    <message>
        <source>Manual cleanup: take named channels out of their model groups</source>
        <translation>手动清理：将指定渠道移出其模型分组</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Site group names (e.g. example-com-openai), separated by commas or spaces</source>
        <translation>站点分组名称（例如 example-com-openai），用逗号或空格分隔</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>移出…</translation>
    </message>
    <message>
        <source>Cleanup &amp; reset</source>
        <translation>清理并重置</translation>
    </message>
    <message>
        <source>Deletes every model channel group (L2) and model group (L3) uni-load manages, and their providers in api.yaml. Site groups, their keys and the stored sites stay; a reconciliation builds the model groups again.</source>
        <translation>删除 uni-load 管理的所有模型渠道分组（L2）和模型分组（L3），以及它们在 api.yaml 中的提供方。站点分组、其密钥和已存储的站点保留；调和会重新建立模型分组。</translation>
    </message>
    <message>
        <source>Delete all model groups…</source>
        <translation>删除所有模型分组…</translation>
    </message>
    <message>
        <source>Manual cleanup</source>
        <translation>手动清理</translation>
    </message>
    <message numerus="yes">
        <source>Take %n channel(s) out of every model group they serve?

%1

No connectivity test is made. A channel taken out is re-added automatically once a health check finds its site reachable again.</source>
        <translation>
            <numerusform>要将这 %n 个渠道移出它们所服务的所有模型分组吗？

%1

不会进行连通性测试。健康检查发现其站点重新可达后，移出的渠道会自动重新加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Working out what changes…</source>
        <translation>正在计算变更…</translation>
    </message>
    <message>
        <source>Taking the channels out…</source>
        <translation>正在移出渠道…</translation>
    </message>
    <message>
        <source>Manual cleanup failed: %1</source>
        <translation>手动清理失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Taking out %1 would remove %2 upstream(s) from %n model group(s).</source>
        <translation>
            <numerusform>移出 %1 将从 %n 个模型分组中移除 %2 个上游。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 taken out: %2 upstream(s) removed from %n model group(s).</source>
        <translation>
            <numerusform>已移出 %1：从 %n 个模型分组中移除了 %2 个上游。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a site group: %1.</source>
        <translation>不是站点分组：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Manual cleanup finished: %n upstream(s) removed.</source>
        <translation>
            <numerusform>手动清理完成：移除了 %n 个上游。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 model channel group(s) and %2 model group(s) are managed now.</source>
        <translation>当前管理着 %1 个模型渠道分组和 %2 个模型分组。</translation>
    </message>
    <message>
        <source>Delete every model channel group (L2) and model group (L3) uni-load manages, on every instance, and remove their providers from api.yaml?</source>
        <translation>要删除 uni-load 在所有实例上管理的每个模型渠道分组（L2）和模型分组（L3），并从 api.yaml 中移除它们的提供方吗？</translation>
    </message>
    <message>
        <source>Clients of uni-api lose these models until a reconciliation (Architecture → Apply) builds them again; operator weights stay stored. Groups uni-load does not manage are left alone. This cannot be undone.</source>
        <translation>在调和（架构 → 应用）重新建立这些模型之前，uni-api 的客户端将无法使用它们；操作员设置的权重仍会保存。非 uni-load 管理的分组不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete all model groups</source>
        <translation>删除所有模型分组</translation>
    </message>
    <message>
        <source>Deleting every managed model group…</source>
        <translation>正在删除所有受管理的模型分组…</translation>
    </message>
    <message>
        <source>%1 model group(s) deleted, %2 failed, %3 provider(s) removed from api.yaml.</source>
        <translation>已删除 %1 个模型分组，失败 %2 个，从 api.yaml 移除 %3 个提供方。</translation>
    </message>
    <message>
        <source>Cleanup cancelled.</source>
        <translation>清理已取消。</translation>
    </message>
    <message>
        <source>Cleanup failed: %1</source>
        <translation>清理失败：%1</translation>
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
        <source>Site groups (L1):</source>
        <translation>站点分组（L1）：</translation>
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
    <message>
        <source>Sites and layers</source>
        <translation>站点与分层</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Failing channels:</source>
        <translation>异常渠道：</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 failed checks)</source>
        <translation>%1（已连续失败 %2/%3 次）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n failing: </source>
        <translation>
            <numerusform>%n 个异常：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of rotation: </source>
        <translation>
            <numerusform>%n 个已移出轮换：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>providers, managed</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n 个提供方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed by uni-load</source>
        <translation>
            <numerusform>其中 %n 个由 uni-load 管理</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync run yet</source>
        <translation>尚未运行同步</translation>
    </message>
    <message>
        <source>This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is read or written.</source>
        <translation>这是演示模式：模拟的 gpt-load 实例和 AI 站点在 uni-load 内部运行，不会读取或写入你的任何文件。</translation>
    </message>
    <message>
        <source>Add a demo site…</source>
        <translation>添加演示站点…</translation>
    </message>
    <message numerus="yes">
        <source>This is the demo: simulated gpt-load instances and AI sites run inside uni-load, and nothing of yours is read or written. %n of its sites is left for you to onboard.</source>
        <translation>
            <numerusform>这是演示模式：模拟的 gpt-load 实例和 AI 站点在 uni-load 内部运行，不会读取或写入你的任何文件。还有 %n 个演示站点留给你来接入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs yet: onboarding runs, model syncs and checks are listed here as they run.</source>
        <translation>暂无任务：站点接入、模型同步和检查运行时会列在这里。</translation>
    </message>
    <message>
        <source>Last change not written: %1</source>
        <translation>最近的更改未写入：%1</translation>
    </message>
    <message>
        <source>Instance file unreadable</source>
        <translation>实例文件无法读取</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>No gpt-load work is done until it is fixed.</source>
        <translation>修复之前不会进行任何 gpt-load 操作。</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Start with “Add instance…” under Getting started.</source>
        <translation>请从“入门”中的“添加实例…”开始。</translation>
    </message>
    <message>
        <source>The instance file %1 does not exist.</source>
        <translation>实例文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Not created yet; the first onboarding creates it.</source>
        <translation>尚未创建；首次接入站点时创建。</translation>
    </message>
    <message>
        <source>Not created yet, nor its directory; the first onboarding creates both.</source>
        <translation>文件及其目录均尚未创建；首次接入站点时一并创建。</translation>
    </message>
    <message>
        <source>Restrict permissions</source>
        <translation>限制权限</translation>
    </message>
    <message>
        <source>Reload:</source>
        <translation>重新加载：</translation>
    </message>
    <message>
        <source>Weight optimization:</source>
        <translation>权重优化：</translation>
    </message>
    <message>
        <source>Off (Models page: Optimize weights… runs it once)</source>
        <translation>关闭（模型页面的“优化权重…”可运行一次）</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>(written again at %1)</source>
        <translation>（将于 %1 重新写入）</translation>
    </message>
    <message>
        <source>api.yaml was not written, uni-api serves it without the last change: %1</source>
        <translation>api.yaml 未写入，uni-api 使用的仍是缺少最近更改的版本：%1</translation>
    </message>
    <message>
        <source>Write again now…</source>
        <translation>立即重新写入…</translation>
    </message>
    <message>
        <source>Model channel groups (L2):</source>
        <translation>模型渠道分组（L2）：</translation>
    </message>
    <message>
        <source>No channel yet</source>
        <translation>尚无渠道</translation>
    </message>
    <message>
        <source>Invalid keys:</source>
        <translation>无效密钥：</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 个中 %2 个无效）</translation>
    </message>
    <message>
        <source>Not read yet (each health check reads the key pools)</source>
        <translation>尚未读取（每次健康检查都会读取密钥池）</translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s): </source>
        <translation>
            <numerusform>%n 个站点分组：</numerusform>
        </translation>
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
    <message>
        <source>Model sync not started</source>
        <translation>模型同步未启动</translation>
    </message>
    <message>
        <source>Channel check not started</source>
        <translation>渠道检查未启动</translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation>无法暂停</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>ul::DiffDialog</name>
    <message>
        <source>Nothing changes: api.yaml already has this content.</source>
        <translation>没有变化：api.yaml 已是这些内容。</translation>
    </message>
    <message>
        <source>api.yaml is created.</source>
        <translation>将创建 api.yaml。</translation>
    </message>
    <message numerus="yes">
        <source>Providers added (%n): %1.</source>
        <translation>
            <numerusform>新增提供方（%n 个）：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers changed (%n): %1.</source>
        <translation>
            <numerusform>修改提供方（%n 个）：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers removed (%n): %1.</source>
        <translation>
            <numerusform>移除提供方（%n 个）：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider changes; other lines of the file do.</source>
        <translation>提供方不变；文件的其他行有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with hand-written entries.</source>
        <translation>
            <numerusform>与手写条目冲突 %n 处。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::EngineText</name>
    <message>
        <source>Onboard %1</source>
        <translation>接入 %1</translation>
    </message>
    <message>
        <source>Update site group %1</source>
        <translation>更新站点分组 %1</translation>
    </message>
    <message>
        <source>Reconcile the three layers</source>
        <translation>调和三层架构</translation>
    </message>
    <message>
        <source>Reconcile the three layers at startup</source>
        <translation>启动时调和三层架构</translation>
    </message>
    <message>
        <source>Import the layout of the original uni-load</source>
        <translation>导入原版 uni-load 的布局</translation>
    </message>
    <message>
        <source>Move adopted groups to uni-load&apos;s proxy keys</source>
        <translation>将已导入的分组切换到 uni-load 的代理密钥</translation>
    </message>
    <message>
        <source>Delete legacy two-layer groups</source>
        <translation>删除旧版两层分组</translation>
    </message>
    <message>
        <source>Restore api.yaml from %1</source>
        <translation>从 %1 恢复 api.yaml</translation>
    </message>
    <message>
        <source>Set model group weights</source>
        <translation>设置模型分组权重</translation>
    </message>
    <message>
        <source>Rotate the proxy keys</source>
        <translation>轮换代理密钥</translation>
    </message>
    <message>
        <source>Delete every managed model group</source>
        <translation>删除所有受管理的模型分组</translation>
    </message>
    <message>
        <source>Recover %1 on %2</source>
        <translation>在 %2 上恢复 %1</translation>
    </message>
    <message>
        <source>Re-enable %1</source>
        <translation>重新启用 %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Take %1 out of rotation</source>
        <translation>将 %1 移出轮换</translation>
    </message>
    <message>
        <source>Delete leftover temporary groups on %1</source>
        <translation>删除 %1 上遗留的临时分组</translation>
    </message>
    <message>
        <source>Sync the model lists of every site</source>
        <translation>同步所有站点的模型列表</translation>
    </message>
    <message>
        <source>Check channel health</source>
        <translation>检查渠道健康</translation>
    </message>
    <message>
        <source>Clean up unreachable channels</source>
        <translation>清理无法访问的渠道</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>reading groups</source>
        <translation>正在读取分组</translation>
    </message>
    <message>
        <source>writing api.yaml</source>
        <translation>正在写入 api.yaml</translation>
    </message>
    <message>
        <source>discovering models through a temporary group on %1</source>
        <translation>正在通过 %1 上的临时分组发现模型</translation>
    </message>
    <message>
        <source>writing site group %1 on %2</source>
        <translation>正在 %2 上写入站点分组 %1</translation>
    </message>
    <message>
        <source>taking %1 out of rotation</source>
        <translation>正在将 %1 移出轮换</translation>
    </message>
    <message>
        <source>putting %1 back in rotation</source>
        <translation>正在将 %1 重新加入轮换</translation>
    </message>
    <message>
        <source>no model changes to apply</source>
        <translation>没有需要应用的模型变更</translation>
    </message>
    <message>
        <source>%1 checked: %2 healthy, %3 unhealthy, %4 inconclusive, %5 errors</source>
        <translation>已检查 %1 个：%2 个健康，%3 个不健康，%4 个无法判断，%5 个出错</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>已移出：%1</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>create group</source>
        <translation>创建分组</translation>
    </message>
    <message>
        <source>update group</source>
        <translation>更新分组</translation>
    </message>
    <message>
        <source>delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>add pool key</source>
        <translation>添加池密钥</translation>
    </message>
    <message>
        <source>remove pool key</source>
        <translation>移除池密钥</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>write provider</source>
        <translation>写入提供方</translation>
    </message>
    <message>
        <source>remove provider</source>
        <translation>移除提供方</translation>
    </message>
    <message>
        <source>upload keys</source>
        <translation>上传密钥</translation>
    </message>
    <message>
        <source>verify keys</source>
        <translation>验证密钥</translation>
    </message>
    <message>
        <source>restore invalid keys</source>
        <translation>恢复无效密钥</translation>
    </message>
    <message>
        <source>write api.yaml</source>
        <translation>写入 api.yaml</translation>
    </message>
    <message>
        <source>restore api.yaml</source>
        <translation>恢复 api.yaml</translation>
    </message>
    <message>
        <source>create temporary group</source>
        <translation>创建临时分组</translation>
    </message>
    <message>
        <source>delete temporary group</source>
        <translation>删除临时分组</translation>
    </message>
    <message>
        <source>discover models</source>
        <translation>发现模型</translation>
    </message>
    <message>
        <source>filter models</source>
        <translation>过滤模型</translation>
    </message>
    <message>
        <source>choose instance</source>
        <translation>选择实例</translation>
    </message>
    <message>
        <source>resolve site</source>
        <translation>解析站点</translation>
    </message>
    <message>
        <source>record group</source>
        <translation>记录分组</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>调和</translation>
    </message>
    <message>
        <source>sync site</source>
        <translation>同步站点</translation>
    </message>
    <message>
        <source>sync summary</source>
        <translation>同步摘要</translation>
    </message>
    <message>
        <source>update test model</source>
        <translation>更新测试模型</translation>
    </message>
    <message>
        <source>take channel out of rotation</source>
        <translation>将渠道移出轮换</translation>
    </message>
    <message>
        <source>put channel back in rotation</source>
        <translation>将渠道重新加入轮换</translation>
    </message>
    <message>
        <source>delete site</source>
        <translation>删除站点</translation>
    </message>
    <message>
        <source>set weight</source>
        <translation>设置权重</translation>
    </message>
    <message>
        <source>adopt group</source>
        <translation>接管分组</translation>
    </message>
    <message>
        <source>import layout</source>
        <translation>导入布局</translation>
    </message>
    <message>
        <source>generate proxy key</source>
        <translation>生成代理密钥</translation>
    </message>
    <message>
        <source>retire proxy key</source>
        <translation>停用代理密钥</translation>
    </message>
    <message>
        <source>retire proxy keys</source>
        <translation>停用代理密钥</translation>
    </message>
    <message>
        <source>retire pool key</source>
        <translation>停用池密钥</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n approved model change(s)</source>
        <translation>
            <numerusform>应用 %n 项已批准的模型变更</numerusform>
        </translation>
    </message>
    <message>
        <source>writing the site groups of %1</source>
        <translation>正在写入 %1 的站点分组</translation>
    </message>
    <message numerus="yes">
        <source>reconciling %n model(s)</source>
        <translation>
            <numerusform>正在调和 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applying %n approved change(s)</source>
        <translation>
            <numerusform>正在应用 %n 项已批准的变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>applying the model changes of %n site group(s)</source>
        <translation>
            <numerusform>正在应用 %n 个站点分组的模型变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s): %1 added, %2 removed, %3 queued</source>
        <translation>
            <numerusform>%n 个站点分组：新增 %1，移除 %2，%3 个待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>base URL %1, name %2</source>
        <translation>基础 URL %1，名称 %2</translation>
    </message>
    <message>
        <source>update of %1</source>
        <translation>更新 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n manual model(s) given</source>
        <translation>
            <numerusform>手动提供了 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) through the site group&apos;s proxy</source>
        <translation>
            <numerusform>通过站点分组代理获得 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) directly from the site</source>
        <translation>
            <numerusform>直接从站点获得 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) through a temporary group</source>
        <translation>
            <numerusform>通过临时分组获得 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>directly: %1</source>
        <translation>直接访问：%1</translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation>保留 %1 个（共 %2 个）</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>丢弃：%1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>id %1, upstream %2</source>
        <translation>ID %1，上游 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), %1</source>
        <translation>
            <numerusform>%n 个模型，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) submitted in %1: %2 added, %3 already present</source>
        <translation>
            <numerusform>分 %1提交了 %n 个密钥：新增 %2 个，已存在 %3 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 批</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the group</source>
        <translation>分组中共 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n affected model(s)</source>
        <translation>
            <numerusform>影响 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>hop key into the pool</source>
        <translation>将中转密钥加入密钥池</translation>
    </message>
    <message>
        <source>maintenance: delete every managed model group</source>
        <translation>维护：删除所有受管理的模型分组</translation>
    </message>
    <message>
        <source>site group deleted</source>
        <translation>站点分组已删除</translation>
    </message>
    <message>
        <source>remove the admin key from the pool (key migration)</source>
        <translation>从密钥池移除管理密钥（密钥迁移）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) with %n upstream(s)</source>
        <translation>
            <numerusform>%1（%2），%n 个上游</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 via %2 → %3</source>
        <translation>%1 经由 %2 → %3</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>命中黑名单</translation>
    </message>
    <message>
        <source>not whitelisted</source>
        <translation>不在白名单</translation>
    </message>
    <message>
        <source>wrong channel type</source>
        <translation>渠道类型不符</translation>
    </message>
    <message>
        <source>invalid name</source>
        <translation>名称无效</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a key and its value in a detail</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a detail list</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>onboard site</source>
        <translation>接入站点</translation>
    </message>
    <message>
        <source>reconcile layers</source>
        <translation>调和分层</translation>
    </message>
    <message>
        <source>migrate keys</source>
        <translation>迁移密钥</translation>
    </message>
    <message>
        <source>delete legacy groups</source>
        <translation>删除旧版分组</translation>
    </message>
    <message>
        <source>set weights</source>
        <translation>设置权重</translation>
    </message>
    <message>
        <source>rotate proxy keys</source>
        <translation>轮换代理密钥</translation>
    </message>
    <message>
        <source>model sync</source>
        <translation>模型同步</translation>
    </message>
    <message>
        <source>apply approved changes</source>
        <translation>应用已批准的变更</translation>
    </message>
    <message>
        <source>channel health check</source>
        <translation>渠道健康检查</translation>
    </message>
    <message>
        <source>channel cleanup</source>
        <translation>渠道清理</translation>
    </message>
    <message>
        <source>manual channel cleanup</source>
        <translation>手动渠道清理</translation>
    </message>
    <message>
        <source>delete channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>manual recovery</source>
        <translation>手动恢复</translation>
    </message>
    <message>
        <source>disable channel</source>
        <translation>停用渠道</translation>
    </message>
    <message>
        <source>re-enable channel</source>
        <translation>重新启用渠道</translation>
    </message>
    <message>
        <source>move channel</source>
        <translation>迁移渠道</translation>
    </message>
    <message>
        <source>temporary group cleanup</source>
        <translation>临时分组清理</translation>
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
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>已接管</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s) created or updated</source>
        <translation>
            <numerusform>创建或更新了 %n 个站点分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 updated: %2, %3.</source>
        <translation>站点 %1 已更新：%2，%3。</translation>
    </message>
    <message>
        <source>Site %1 configured: %2, %3.</source>
        <translation>站点 %1 已配置：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s) failed: %1.</source>
        <translation>
            <numerusform>%n 个站点分组失败：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>uni-api&apos;s api.yaml was NOT updated.</source>
        <translation>uni-api 的 api.yaml 未更新。</translation>
    </message>
    <message numerus="yes">
        <source>%n model group operation(s) failed; the next reconcile retries them.</source>
        <translation>
            <numerusform>%n 个模型分组操作失败；下次调和时会重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups could not be read from %1; a group there is unknown to this run.</source>
        <translation>无法读取分组（%1）；该实例上的分组在本次运行中不可见。</translation>
    </message>
    <message>
        <source>Site name &quot;%1&quot; was not used: it only tells two sites on one host apart and must be 3–90 characters of a-z, 0-9 and &apos;-&apos;.</source>
        <translation>未使用站点名称“%1”：它只用于区分同一主机上的两个站点，且必须是 3–90 个 a-z、0-9 和“-”字符。</translation>
    </message>
    <message>
        <source>Another site already uses the name %1; this site is named %2.</source>
        <translation>已有其他站点使用名称 %1；此站点命名为 %2。</translation>
    </message>
    <message>
        <source>Site group %1 is recorded on instance %2 but gpt-load does not list it; it is created again.</source>
        <translation>站点分组 %1 记录在实例 %2 上，但 gpt-load 未列出它；将重新创建。</translation>
    </message>
    <message>
        <source>Site group %1 was not recorded by uni-load; it is adopted.</source>
        <translation>站点分组 %1 不是 uni-load 记录的；已接管。</translation>
    </message>
    <message>
        <source>The base URL is ignored when updating; the site&apos;s URL %1 is kept.</source>
        <translation>更新时忽略基础 URL；保留站点的 URL %1。</translation>
    </message>
    <message>
        <source>No kept model is served in the %1 format; site group %2 is not written.</source>
        <translation>%1 格式中没有保留的模型；不写入站点分组 %2。</translation>
    </message>
    <message>
        <source>Site group %1 failed: %2</source>
        <translation>站点分组 %1 失败：%2</translation>
    </message>
    <message>
        <source>Discovery through a temporary group failed before it succeeded: %1</source>
        <translation>通过临时分组发现模型先失败后成功：%1</translation>
    </message>
    <message>
        <source>The models were listed directly from the site; %1</source>
        <translation>模型直接从站点获取；%1</translation>
    </message>
    <message>
        <source>uni-api&apos;s api.yaml was not updated: %1</source>
        <translation>uni-api 的 api.yaml 未更新：%1</translation>
    </message>
    <message>
        <source>base URL %1, name computed</source>
        <translation>基础 URL %1，名称由 URL 生成</translation>
    </message>
    <message>
        <source>base URL %1, name existing-site</source>
        <translation>基础 URL %1，沿用已接入站点的名称</translation>
    </message>
    <message>
        <source>base URL %1, name requested</source>
        <translation>基础 URL %1，使用请求中指定的名称</translation>
    </message>
    <message>
        <source>base URL %1, name host-and-port</source>
        <translation>基础 URL %1，名称由主机和端口生成</translation>
    </message>
    <message>
        <source>base URL %1, name path-slug</source>
        <translation>基础 URL %1，名称附加了路径片段</translation>
    </message>
    <message>
        <source>base URL %1, name numbered</source>
        <translation>基础 URL %1，名称附加了序号</translation>
    </message>
    <message>
        <source>reason: assignment</source>
        <translation>原因：站点已分配到该实例</translation>
    </message>
    <message>
        <source>reason: discovery</source>
        <translation>原因：在该实例上完成了模型发现</translation>
    </message>
    <message>
        <source>reason: first-healthy</source>
        <translation>原因：第一个健康的实例</translation>
    </message>
    <message>
        <source>Site group %1 (%2 format) carries no traffic for %3: their model groups use the %4 format, and the name a %2-format model group for them would take belongs to another model.</source>
        <translation>站点分组 %1（%2 格式）不承担 %3 的流量：它们的模型分组使用 %4 格式，而它们的 %2 格式模型分组应使用的名称已属于另一个模型。</translation>
    </message>
    <message numerus="yes">
        <source>listing the models of %n site group(s)</source>
        <translation>
            <numerusform>正在获取 %n 个站点分组的模型列表</numerusform>
        </translation>
    </message>
    <message>
        <source>discovering the models of %1</source>
        <translation>正在发现 %1 的模型</translation>
    </message>
    <message numerus="yes">
        <source>reading the groups of %n instance(s)</source>
        <translation>
            <numerusform>正在读取 %n 个实例的分组</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>正在读取分组</translation>
    </message>
    <message>
        <source>applying the layer plan</source>
        <translation>正在应用分层计划</translation>
    </message>
    <message>
        <source>reconciling the model groups</source>
        <translation>正在调和模型分组</translation>
    </message>
    <message>
        <source>checking channels</source>
        <translation>正在检查渠道</translation>
    </message>
    <message>
        <source>testing sites</source>
        <translation>正在测试站点</translation>
    </message>
    <message>
        <source>creating the group on %1</source>
        <translation>正在 %1 上创建分组</translation>
    </message>
    <message>
        <source>copying keys</source>
        <translation>正在复制密钥</translation>
    </message>
    <message>
        <source>repointing the model groups</source>
        <translation>正在改指模型分组</translation>
    </message>
    <message>
        <source>deleting the old group</source>
        <translation>正在删除旧分组</translation>
    </message>
    <message>
        <source>adding the new keys next to the old ones</source>
        <translation>正在添加新密钥（保留旧密钥）</translation>
    </message>
    <message>
        <source>removing the old keys</source>
        <translation>正在移除旧密钥</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>upstreams %1 (%2 → %3)</source>
        <translation>上游 %1（%2 → %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n reweighted</source>
        <translation>
            <numerusform>%n 个调整权重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n reweighted</source>
        <translation>
            <numerusform>%1，%n 个调整权重</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (channel type %2 → %3)</source>
        <translation>%1（渠道类型 %2 → %3）</translation>
    </message>
    <message>
        <source>channel type %1 → %2</source>
        <translation>渠道类型 %1 → %2</translation>
    </message>
    <message>
        <source>created (id %1)</source>
        <translation>已创建（ID %1）</translation>
    </message>
    <message>
        <source>adopted the existing group (id %1)</source>
        <translation>已接管现有分组（ID %1）</translation>
    </message>
    <message>
        <source>adopted the existing group (id %1), set %2</source>
        <translation>已接管现有分组（ID %1），设置 %2</translation>
    </message>
    <message>
        <source>nothing left to change</source>
        <translation>无需再更改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>key added</source>
        <translation>已添加密钥</translation>
    </message>
    <message>
        <source>key already there</source>
        <translation>密钥已存在</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>已移除 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1, changed %2, removed %3</source>
        <translation>新增 %1，更改 %2，移除 %3</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>site group %1 is recorded on unknown instance %2</source>
        <translation>站点分组 %1 记录在未知实例 %2 上</translation>
    </message>
    <message>
        <source>site group %1 does not exist on instance %2</source>
        <translation>站点分组 %1 在实例 %2 上不存在</translation>
    </message>
    <message>
        <source>no healthy instance to create it on</source>
        <translation>没有可用于创建它的健康实例</translation>
    </message>
    <message>
        <source>instance %1 is unreachable; not checked</source>
        <translation>实例 %1 无法访问，未检查</translation>
    </message>
    <message>
        <source>deletion deferred: the layer-3 group of %1 could not be checked</source>
        <translation>删除已推迟：无法检查 %1 的第 3 层分组</translation>
    </message>
    <message>
        <source>deletion deferred: instance %1 is unreachable</source>
        <translation>删除已推迟：实例 %1 无法访问</translation>
    </message>
    <message>
        <source>its site group is being deleted</source>
        <translation>其站点分组正在被删除</translation>
    </message>
    <message>
        <source>no longer a member of %1</source>
        <translation>已不再是 %1 的成员</translation>
    </message>
    <message>
        <source>kept until its model-channel groups on unreachable instances are deleted</source>
        <translation>保留到其在无法访问实例上的模型渠道分组被删除为止</translation>
    </message>
    <message>
        <source>no model-channel group is available yet</source>
        <translation>尚无可用的模型渠道分组</translation>
    </message>
    <message>
        <source>no member can be an upstream; upstreams left as they are</source>
        <translation>没有成员可作为上游；上游保持不变</translation>
    </message>
    <message>
        <source>no member left for %1</source>
        <translation>%1 已没有成员</translation>
    </message>
    <message>
        <source>a group with this name was already found on another instance</source>
        <translation>在另一个实例上已找到同名分组</translation>
    </message>
    <message>
        <source>sort 20 but its upstream is not a site URL</source>
        <translation>sort 为 20，但其上游不是站点 URL</translation>
    </message>
    <message>
        <source>sort 20 but the name does not end in -&lt;channel type&gt;</source>
        <translation>sort 为 20，但名称不以 -&lt;渠道类型&gt; 结尾</translation>
    </message>
    <message>
        <source>sort 30 but not a &lt;model&gt;-via-&lt;site group&gt; name</source>
        <translation>sort 为 30，但名称不是 &lt;模型&gt;-via-&lt;站点分组&gt; 格式</translation>
    </message>
    <message>
        <source>its site group was not found</source>
        <translation>未找到其站点分组</translation>
    </message>
    <message>
        <source>no test model to tell the model name</source>
        <translation>没有测试模型，无法确定模型名称</translation>
    </message>
    <message>
        <source>sort 40 without model-channel or site-group upstreams</source>
        <translation>sort 为 40，但没有模型渠道分组或站点分组上游</translation>
    </message>
    <message>
        <source>a gpt-load aggregate group</source>
        <translation>gpt-load 聚合分组</translation>
    </message>
    <message>
        <source>save L2 %1</source>
        <translation>保存 L2 %1</translation>
    </message>
    <message>
        <source>save L3 %1</source>
        <translation>保存 L3 %1</translation>
    </message>
    <message>
        <source>pool key of %1</source>
        <translation>%1 的池密钥</translation>
    </message>
    <message>
        <source>forget L2 %1</source>
        <translation>删除 L2 %1 的记录</translation>
    </message>
    <message>
        <source>forget L3 %1</source>
        <translation>删除 L3 %1 的记录</translation>
    </message>
    <message>
        <source>member %1 of %2: weight %3 (%4), %5</source>
        <translation>%2 的成员 %1：权重 %3（%4），%5</translation>
    </message>
    <message>
        <source>forget member %1 of %2</source>
        <translation>删除 %2 的成员 %1 的记录</translation>
    </message>
    <message>
        <source>%1 has no healthy member</source>
        <translation>%1 没有健康成员</translation>
    </message>
    <message>
        <source>%1 has a healthy member again</source>
        <translation>%1 重新有了健康成员</translation>
    </message>
    <message>
        <source>forget site group %1</source>
        <translation>删除站点分组 %1 的记录</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员设置</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>disabled-by-health</source>
        <translation>已被健康检查移除</translation>
    </message>
    <message>
        <source>disabled-by-cleanup</source>
        <translation>已被清理移除</translation>
    </message>
    <message>
        <source>disabled-by-user</source>
        <translation>已被操作员停用</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated key(s) were given; each key is used once.</source>
        <translation>
            <numerusform>有 %n 个重复的密钥；每个密钥只使用一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile the three layers after gpt-load instance %1 came back</source>
        <translation>gpt-load 实例 %1 恢复后调和三层</translation>
    </message>
    <message>
        <source>Set the test model of %1</source>
        <translation>设置 %1 的测试模型</translation>
    </message>
    <message>
        <source>Validate the keys of %1</source>
        <translation>验证 %1 的密钥</translation>
    </message>
    <message>
        <source>updating the test model</source>
        <translation>正在更新测试模型</translation>
    </message>
    <message>
        <source>starting gpt-load&apos;s key validation</source>
        <translation>正在启动 gpt-load 的密钥验证</translation>
    </message>
    <message>
        <source>waiting for gpt-load&apos;s task slot</source>
        <translation>正在等待 gpt-load 的任务槽</translation>
    </message>
    <message>
        <source>validating keys</source>
        <translation>正在验证密钥</translation>
    </message>
    <message>
        <source>validation finished</source>
        <translation>验证完成</translation>
    </message>
    <message>
        <source>set test model</source>
        <translation>设置测试模型</translation>
    </message>
    <message>
        <source>validate keys</source>
        <translation>验证密钥</translation>
    </message>
    <message>
        <source>Optimize the weights of the model groups</source>
        <translation>优化模型分组的权重</translation>
    </message>
    <message>
        <source>reading the stats of the model channel groups</source>
        <translation>正在读取模型渠道分组的统计</translation>
    </message>
    <message>
        <source>applying the weights to gpt-load</source>
        <translation>正在将权重应用到 gpt-load</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) changed</source>
        <translation>
            <numerusform>已调整 %n 个权重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) would change</source>
        <translation>
            <numerusform>将调整 %n 个权重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个模型分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stats unreadable for %n group(s)</source>
        <translation>
            <numerusform>%n 个分组的统计无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) applying them</source>
        <translation>
            <numerusform>应用时出现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>weight %1 → %2 by the optimizer</source>
        <translation>权重 %1 → %2（优化器）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) failed</source>
        <translation>
            <numerusform>%n 个请求中 %1 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>weight optimization</source>
        <translation>权重优化</translation>
    </message>
    <message>
        <source>Write api.yaml again after a failed write</source>
        <translation>写入失败后重新写入 api.yaml</translation>
    </message>
    <message numerus="yes">
        <source>Site group %1 is in review mode: %n model change(s) are queued for review on the Sync page.</source>
        <translation>
            <numerusform>站点分组 %1 处于审核模式：%n 项模型变更已排队，请在同步页面审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Site group %1 keeps %2: not listed this time, they are removed once a model sync misses them often enough in a row.</source>
        <translation>站点分组 %1 保留 %2：本次未列出，模型同步连续多次未列出后才会移除。</translation>
    </message>
    <message>
        <source>The model list of site group %1 was not updated: %2</source>
        <translation>站点分组 %1 的模型列表未更新：%2</translation>
    </message>
    <message>
        <source>Remove the invalid keys of %1</source>
        <translation>删除 %1 的无效密钥</translation>
    </message>
    <message>
        <source>removing the invalid keys</source>
        <translation>正在删除无效密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid keys removed</source>
        <translation>
            <numerusform>已删除 %n 个无效密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>remove invalid keys</source>
        <translation>删除无效密钥</translation>
    </message>
</context>
<context>
    <name>ul::ErrorText</name>
    <message>
        <source>baseUrl is required</source>
        <translation>必须填写 baseUrl</translation>
    </message>
    <message>
        <source>baseUrl must be a string</source>
        <translation>baseUrl 必须是字符串</translation>
    </message>
    <message>
        <source>baseUrl must not contain spaces or control characters</source>
        <translation>baseUrl 不能包含空格或控制字符</translation>
    </message>
    <message>
        <source>baseUrl must start with http:// or https://</source>
        <translation>baseUrl 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>baseUrl is not a valid URL</source>
        <translation>baseUrl 不是有效的 URL</translation>
    </message>
    <message>
        <source>baseUrl has no host name</source>
        <translation>baseUrl 缺少主机名</translation>
    </message>
    <message>
        <source>baseUrl must not contain a user name or password; enter API keys in the keys field</source>
        <translation>baseUrl 不能包含用户名或密码；请在密钥栏中填写 API 密钥</translation>
    </message>
    <message>
        <source>baseUrl must not contain a query (?…) or fragment (#…)</source>
        <translation>baseUrl 不能包含查询（?…）或片段（#…）</translation>
    </message>
    <message>
        <source>the API of this site lives under the version segment &quot;%1&quot;; gpt-load appends /v1 or /v1beta to the upstream URL, so this site cannot be proxied</source>
        <translation>该站点的 API 位于版本路径“%1”之下；gpt-load 会在上游 URL 后追加 /v1 或 /v1beta，因此无法代理该站点</translation>
    </message>
    <message>
        <source>invalid URL format</source>
        <translation>URL 格式无效</translation>
    </message>
    <message>
        <source>API keys are required when a site is configured for the first time</source>
        <translation>首次配置站点时必须提供 API 密钥</translation>
    </message>
    <message>
        <source>%1 API keys given; at most %2 are accepted at once</source>
        <translation>提供了 %1 个 API 密钥；一次最多接受 %2 个</translation>
    </message>
    <message>
        <source>API key #%1 is empty</source>
        <translation>第 %1 个 API 密钥为空</translation>
    </message>
    <message>
        <source>API key #%1 is %2 characters long; at most %3 are allowed</source>
        <translation>第 %1 个 API 密钥长 %2 个字符；最多允许 %3 个</translation>
    </message>
    <message>
        <source>API key #%1 contains a space, an invisible or a non-ASCII character</source>
        <translation>第 %1 个 API 密钥包含空格、不可见字符或非 ASCII 字符</translation>
    </message>
    <message>
        <source>apiKey must be a string</source>
        <translation>apiKey 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 必须是字符串列表</translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation>%1[%2] 必须是字符串</translation>
    </message>
    <message>
        <source>unknown channel type &apos;%1&apos; (expected openai, anthropic or gemini)</source>
        <translation>未知的渠道类型“%1”（应为 openai、anthropic 或 gemini）</translation>
    </message>
    <message>
        <source>customValidationEndpoints must be an object {channelType: path}</source>
        <translation>customValidationEndpoints 必须是对象 {渠道类型: 路径}</translation>
    </message>
    <message>
        <source>customValidationEndpoints: unknown channel type &apos;%1&apos;</source>
        <translation>customValidationEndpoints：未知的渠道类型“%1”</translation>
    </message>
    <message>
        <source>customValidationEndpoints.%1 must be a string</source>
        <translation>customValidationEndpoints.%1 必须是字符串</translation>
    </message>
    <message>
        <source>customValidationEndpoints.%1 must be a path starting with &apos;/&apos;</source>
        <translation>customValidationEndpoints.%1 必须是以“/”开头的路径</translation>
    </message>
    <message>
        <source>operationType must be &quot;create&quot; or &quot;update&quot;</source>
        <translation>operationType 必须是“create”或“update”</translation>
    </message>
    <message>
        <source>%1 models given; at most %2 are accepted</source>
        <translation>提供了 %1 个模型；最多接受 %2 个</translation>
    </message>
    <message>
        <source>targetChannelName is required when operationType is &quot;update&quot;</source>
        <translation>operationType 为“update”时必须填写 targetChannelName</translation>
    </message>
    <message>
        <source>model name is empty</source>
        <translation>模型名称为空</translation>
    </message>
    <message>
        <source>model name &quot;%1&quot; has leading or trailing spaces</source>
        <translation>模型名称“%1”首尾有空格</translation>
    </message>
    <message>
        <source>model name is longer than %1 characters</source>
        <translation>模型名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>model name contains a control character</source>
        <translation>模型名称包含控制字符</translation>
    </message>
    <message>
        <source>model name &quot;%1&quot; yields no valid gpt-load group name (it needs at least one letter or digit)</source>
        <translation>模型名称“%1”无法生成有效的 gpt-load 分组名（至少需要一个字母或数字）</translation>
    </message>
    <message>
        <source>the model list is not valid JSON (%1 at offset %2)</source>
        <translation>模型列表不是有效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 必须是数组</translation>
    </message>
    <message>
        <source>%1 entry %2 must be a string or an object</source>
        <translation>%1 第 %2 项必须是字符串或对象</translation>
    </message>
    <message>
        <source>%1 entry %2 has an unknown field &quot;%3&quot;</source>
        <translation>%1 第 %2 项包含未知字段“%3”</translation>
    </message>
    <message>
        <source>%1 entry %2 needs a string &quot;value&quot;</source>
        <translation>%1 第 %2 项需要字符串类型的“value”</translation>
    </message>
    <message>
        <source>%1 entry %2: &quot;enabled&quot; must be true or false</source>
        <translation>%1 第 %2 项：“enabled”必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 has %2 entries; at most %3 are allowed</source>
        <translation>%1 有 %2 项；最多允许 %3 项</translation>
    </message>
    <message>
        <source>%1 entry %2 is empty</source>
        <translation>%1 第 %2 项为空</translation>
    </message>
    <message>
        <source>%1 entry %2 is longer than %3 characters</source>
        <translation>%1 第 %2 项超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1 entry %2 contains a control character</source>
        <translation>%1 第 %2 项包含控制字符</translation>
    </message>
    <message>
        <source>%1 entry %2 (&quot;%3&quot;) is a duplicate</source>
        <translation>%1 第 %2 项（“%3”）重复</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>the stored filter rules are not a JSON object; save the rules again</source>
        <translation>已保存的过滤规则不是 JSON 对象；请重新保存规则</translation>
    </message>
    <message>
        <source>the stored filter rules are invalid (%1); save the rules again</source>
        <translation>已保存的过滤规则无效（%1）；请重新保存规则</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 不能小于 %2</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>unknown layer setting %1</source>
        <translation>未知的分层设置 %1</translation>
    </message>
    <message>
        <source>layer settings must be an object</source>
        <translation>分层设置必须是对象</translation>
    </message>
    <message>
        <source>unknown layer %1 (expected l1, l2 or l3)</source>
        <translation>未知的层 %1（应为 l1、l2 或 l3）</translation>
    </message>
    <message>
        <source>stored layer settings: %1</source>
        <translation>已保存的分层设置：%1</translation>
    </message>
    <message>
        <source>stored layer settings: %1 %2</source>
        <translation>已保存的分层设置：%1 %2</translation>
    </message>
    <message>
        <source>no models left after filtering: %1 model(s) found, every one dropped by the rules (see details.counts)</source>
        <translation>过滤后没有剩余模型：共发现 %1 个模型，全部被规则排除（见 details.counts）</translation>
    </message>
    <message>
        <source>no healthy gpt-load instance available to create the site group</source>
        <translation>没有可用于创建站点分组的健康 gpt-load 实例</translation>
    </message>
    <message>
        <source>no healthy gpt-load instance available</source>
        <translation>没有可用的健康 gpt-load 实例</translation>
    </message>
    <message>
        <source>no gpt-load instance answered GET /api/groups</source>
        <translation>没有 gpt-load 实例响应 GET /api/groups</translation>
    </message>
    <message>
        <source>site group %1 lives on gpt-load instance %2, which is not healthy now</source>
        <translation>站点分组 %1 位于 gpt-load 实例 %2 上，该实例目前不健康</translation>
    </message>
    <message>
        <source>site group %1 has no site record</source>
        <translation>站点分组 %1 没有站点记录</translation>
    </message>
    <message>
        <source>the state store or the proxy keys are not available</source>
        <translation>状态存储或代理密钥不可用</translation>
    </message>
    <message>
        <source>site group %1 is unknown (neither recorded nor listed by a reachable gpt-load instance)</source>
        <translation>未知的站点分组 %1（既无记录，也未出现在任何可访问的 gpt-load 实例中）</translation>
    </message>
    <message>
        <source>site group %1 has channel type %2, which uni-load does not manage</source>
        <translation>站点分组 %1 的渠道类型为 %2，uni-load 不管理该类型</translation>
    </message>
    <message>
        <source>upstream of %1: %2</source>
        <translation>%1 的上游：%2</translation>
    </message>
    <message>
        <source>site group %1 has no active key to discover models with; give apiKeys</source>
        <translation>站点分组 %1 没有可用的密钥来发现模型；请提供 apiKeys</translation>
    </message>
    <message>
        <source>reading a key of %1: %2</source>
        <translation>读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>model discovery failed for %1 (%2)</source>
        <translation>%1 的模型发现失败（%2）</translation>
    </message>
    <message>
        <source>through gpt-load %1: %2</source>
        <translation>通过 gpt-load %1：%2</translation>
    </message>
    <message>
        <source>directly: %1</source>
        <translation>直接访问：%1</translation>
    </message>
    <message>
        <source>site %1: %2</source>
        <translation>站点 %1：%2</translation>
    </message>
    <message>
        <source>gpt-load %1 proxy of group %2: %3</source>
        <translation>gpt-load %1 上分组 %2 的代理：%3</translation>
    </message>
    <message>
        <source>site %1 returned an empty model list (a discovery failure, not &quot;no models&quot;)</source>
        <translation>站点 %1 返回了空的模型列表（视为发现失败，而非“没有模型”）</translation>
    </message>
    <message>
        <source>gpt-load %1 proxy of group %2 returned an empty model list (a discovery failure, not &quot;no models&quot;)</source>
        <translation>gpt-load %1 上分组 %2 的代理返回了空的模型列表（视为发现失败，而非“没有模型”）</translation>
    </message>
    <message>
        <source>unable to detect a valid model API endpoint</source>
        <translation>无法检测到有效的模型 API 端点</translation>
    </message>
    <message>
        <source>no client for instance %1</source>
        <translation>实例 %1 没有客户端</translation>
    </message>
    <message>
        <source>recording temp group %1: %2</source>
        <translation>记录临时分组 %1：%2</translation>
    </message>
    <message>
        <source>recording site group %1: %2</source>
        <translation>记录站点分组 %1：%2</translation>
    </message>
    <message>
        <source>onboarding cancelled</source>
        <translation>接入已取消</translation>
    </message>
    <message>
        <source>operation cancelled</source>
        <translation>操作已取消</translation>
    </message>
    <message>
        <source>uni-load is shutting down</source>
        <translation>uni-load 正在关闭</translation>
    </message>
    <message>
        <source>hoursOld must not be negative</source>
        <translation>hoursOld 不能为负数</translation>
    </message>
    <message>
        <source>no site group was written</source>
        <translation>没有写入任何站点分组</translation>
    </message>
    <message>
        <source>every site group failed; first: %1</source>
        <translation>所有站点分组均失败；第一个：%1</translation>
    </message>
    <message>
        <source>the group is recorded on this instance, which is unreachable now; it is not created elsewhere</source>
        <translation>该分组记录在此实例上，而此实例目前无法访问；不会在其他实例上创建</translation>
    </message>
    <message>
        <source>gpt-load reported the name as taken, but no group of that name is listed</source>
        <translation>gpt-load 报告该名称已被占用，但列表中没有同名分组</translation>
    </message>
    <message>
        <source>a group named %1 already exists with another upstream (%2); it belongs to a different site and was left alone</source>
        <translation>已存在名为 %1 的分组，其上游不同（%2）；它属于另一个站点，未做改动</translation>
    </message>
    <message>
        <source>instance %1 is not configured</source>
        <translation>实例 %1 未配置</translation>
    </message>
    <message>
        <source>%1 on gpt-load %2 failed: %3 [gpt-load code %4]</source>
        <translation>%1 失败（gpt-load %2）：%3（gpt-load 代码 %4）</translation>
    </message>
    <message>
        <source>%1 on gpt-load %2 failed: %3</source>
        <translation>%1 失败（gpt-load %2）：%3</translation>
    </message>
    <message>
        <source>%1 failed: %2 [gpt-load code %3]</source>
        <translation>%1 失败：%2（gpt-load 代码 %3）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>write site group %1</source>
        <translation>写入站点分组 %1</translation>
    </message>
    <message>
        <source>create site group %1</source>
        <translation>创建站点分组 %1</translation>
    </message>
    <message>
        <source>update site group %1</source>
        <translation>更新站点分组 %1</translation>
    </message>
    <message>
        <source>look up site group %1</source>
        <translation>查找站点分组 %1</translation>
    </message>
    <message>
        <source>upload keys to site group %1</source>
        <translation>向站点分组 %1 上传密钥</translation>
    </message>
    <message>
        <source>instance file %1: %2</source>
        <translation>实例文件 %1：%2</translation>
    </message>
    <message>
        <source>instance file %1: %2: %3</source>
        <translation>实例文件 %1：%2：%3</translation>
    </message>
    <message>
        <source>instance file %1: invalid JSON at line %2, column %3: %4</source>
        <translation>实例文件 %1：第 %2 行第 %3 列的 JSON 无效：%4</translation>
    </message>
    <message>
        <source>instance file %1: cannot read: %2</source>
        <translation>实例文件 %1：无法读取：%2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>must be a JSON array of instances</source>
        <translation>必须是由实例组成的 JSON 数组</translation>
    </message>
    <message>
        <source>lists no instances; at least one gpt-load instance is required</source>
        <translation>未列出任何实例；至少需要一个 gpt-load 实例</translation>
    </message>
    <message>
        <source>lists %1 instances; at most %2 are supported</source>
        <translation>列出了 %1 个实例；最多支持 %2 个</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is %1 bytes; an instance file over %2 bytes is not read</source>
        <translation>文件大小为 %1 字节；超过 %2 字节的实例文件不会被读取</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be an array of URL strings</source>
        <translation>必须是 URL 字符串数组</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>必须是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>must include a host name</source>
        <translation>必须包含主机名</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>not a PEM certificate: %1</source>
        <translation>不是 PEM 证书：%1</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also used by %2)</source>
        <translation>ID“%1”重复（%2 也在使用）</translation>
    </message>
    <message>
        <source>duplicate URL %1 (also used by %2)</source>
        <translation>URL %1 重复（%2 也在使用）</translation>
    </message>
    <message>
        <source>instance &apos;%1&apos; may not use instance &apos;%2&apos; (%3, %4) as an upstream: an instance may only list instances that come after it in the file, to avoid loops</source>
        <translation>实例“%1”不能将实例“%2”（%3，%4）用作上游：为避免循环，实例只能列出文件中位于它之后的实例</translation>
    </message>
    <message>
        <source>cannot create the directory of %1</source>
        <translation>无法创建 %1 所在的目录</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot set owner-only permissions on %1</source>
        <translation>无法将 %1 的权限设为仅所有者可访问</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>unknown instance %1</source>
        <translation>未知实例 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be between %1 and %2 milliseconds</source>
        <translation>必须在 %1 到 %2 毫秒之间</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds</source>
        <translation>必须在 %1 到 %2 秒之间</translation>
    </message>
    <message>
        <source>must be between %1 and %2 minutes</source>
        <translation>必须在 %1 到 %2 分钟之间</translation>
    </message>
    <message>
        <source>must be between %1 and %2 bytes</source>
        <translation>必须在 %1 到 %2 字节之间</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>not a whole number of milliseconds (suffixes ms, s, min, h, d are accepted)</source>
        <translation>不是整数毫秒（可使用后缀 ms、s、min、h、d）</translation>
    </message>
    <message>
        <source>not a whole number of seconds (suffixes ms, s, min, h, d are accepted)</source>
        <translation>不是整数秒（可使用后缀 ms、s、min、h、d）</translation>
    </message>
    <message>
        <source>not a whole number of minutes (suffixes ms, s, min, h, d are accepted)</source>
        <translation>不是整数分钟（可使用后缀 ms、s、min、h、d）</translation>
    </message>
    <message>
        <source>not a whole number of milliseconds</source>
        <translation>不是整数毫秒</translation>
    </message>
    <message>
        <source>not a whole number of seconds</source>
        <translation>不是整数秒</translation>
    </message>
    <message>
        <source>not a whole number of minutes</source>
        <translation>不是整数分钟</translation>
    </message>
    <message>
        <source>not a size (bytes, or a number with kb, mb or gb)</source>
        <translation>不是有效的大小（字节数，或带 kb、mb、gb 的数字）</translation>
    </message>
    <message>
        <source>size too large</source>
        <translation>大小过大</translation>
    </message>
    <message>
        <source>not a recognised boolean (true/false, 1/0, yes/no, on/off); treated as on, since only &apos;false&apos; turns a flag off in the original</source>
        <translation>不是可识别的布尔值（true/false、1/0、yes/no、on/off）；按开启处理，因为原版只有“false”才会关闭开关</translation>
    </message>
    <message>
        <source>read as off; the original uni-load reads every value but &apos;false&apos; as on, so write &apos;false&apos; if it shares this setting</source>
        <translation>按关闭处理；原版 uni-load 会把除“false”以外的所有值视为开启，如与其共用此设置，请写成“false”</translation>
    </message>
    <message>
        <source>unknown value; using &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的值；改用“%1”（可选值：%2）</translation>
    </message>
    <message>
        <source>ignored: authentication can only be turned off on a loopback bind address (BIND_ADDRESS is %1)</source>
        <translation>已忽略：只有绑定到回环地址时才能关闭身份验证（BIND_ADDRESS 为 %1）</translation>
    </message>
    <message>
        <source>not an IP address (use e.g. 127.0.0.1, ::1, 0.0.0.0, :: or localhost)</source>
        <translation>不是 IP 地址（请使用如 127.0.0.1、::1、0.0.0.0、:: 或 localhost）</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <source>%1 (not an http(s) origin such as http://localhost:3002)</source>
        <translation>%1（不是 http(s) 源，例如 http://localhost:3002）</translation>
    </message>
    <message>
        <source>* (wildcards are not supported; list the origins)</source>
        <translation>*（不支持通配符；请逐个列出源）</translation>
    </message>
    <message>
        <source>%1=%2 (from %3): %4</source>
        <translation>%1=%2（来自 %3）：%4</translation>
    </message>
    <message>
        <source>body must map at least one setting name to a value or null</source>
        <translation>请求体必须至少将一个设置名映射到一个值或 null</translation>
    </message>
    <message>
        <source>%1 cannot be changed through the HTTP API</source>
        <translation>%1 不能通过 HTTP API 修改</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>未知设置 %1</translation>
    </message>
    <message>
        <source>%1 must be a string, number or boolean (null removes the saved value)</source>
        <translation>%1 必须是字符串、数字或布尔值（null 表示删除已保存的值）</translation>
    </message>
    <message>
        <source>%1: enter a value, or null to remove the saved value</source>
        <translation>%1：请输入一个值，或用 null 删除已保存的值</translation>
    </message>
    <message>
        <source>no %1 directory could be determined</source>
        <translation>无法确定 %1 目录</translation>
    </message>
    <message>
        <source>%1 directory %2 exists but is not a directory</source>
        <translation>%1 目录 %2 已存在，但不是目录</translation>
    </message>
    <message>
        <source>cannot create the %1 directory %2</source>
        <translation>无法创建 %1 目录 %2</translation>
    </message>
    <message>
        <source>%1 directory %2 is not writable</source>
        <translation>%1 目录 %2 不可写</translation>
    </message>
    <message>
        <source>cannot create %1 for the API token file</source>
        <translation>无法为 API 令牌文件创建 %1</translation>
    </message>
    <message>
        <source>cannot replace the empty API token file %1</source>
        <translation>无法替换空的 API 令牌文件 %1</translation>
    </message>
    <message>
        <source>cannot write the API token file %1: %2</source>
        <translation>无法写入 API 令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot set owner-only permissions on the API token file %1</source>
        <translation>无法将 API 令牌文件 %1 的权限设为仅所有者可访问</translation>
    </message>
    <message>
        <source>the API token file %1 is not a regular file</source>
        <translation>API 令牌文件 %1 不是普通文件</translation>
    </message>
    <message>
        <source>cannot read the API token file %1: %2</source>
        <translation>无法读取 API 令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation>未安装 Qt SQLite 驱动（软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>cannot create state store %1: %2</source>
        <translation>无法创建状态存储 %1：%2</translation>
    </message>
    <message>
        <source>cannot open state store %1: %2</source>
        <translation>无法打开状态存储 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>无法读取 %1 的结构版本</translation>
    </message>
    <message>
        <source>state store %1 has schema version %2, newer than this program (%3); upgrade uni-load or restore a backup</source>
        <translation>状态存储 %1 的结构版本为 %2，比本程序支持的版本（%3）更新；请升级 uni-load 或恢复备份</translation>
    </message>
    <message>
        <source>migrating the state store to version %1: %2</source>
        <translation>将状态存储迁移到版本 %1：%2</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>state store: %1 failed: %2</source>
        <translation>状态存储：%1 失败：%2</translation>
    </message>
    <message>
        <source>site group %1 no longer exists</source>
        <translation>站点分组 %1 已不存在</translation>
    </message>
    <message>
        <source>weight %1 is outside 1 … %2</source>
        <translation>权重 %1 超出 1 … %2 的范围</translation>
    </message>
    <message>
        <source>model group member %1/%2 no longer exists; reload and try again</source>
        <translation>模型分组成员 %1/%2 已不存在；请重新加载后再试</translation>
    </message>
    <message>
        <source>no gpt-load instance is reachable</source>
        <translation>没有可访问的 gpt-load 实例</translation>
    </message>
    <message>
        <source>instance %1 has no client</source>
        <translation>实例 %1 没有客户端</translation>
    </message>
    <message>
        <source>instance %1 is not available</source>
        <translation>实例 %1 不可用</translation>
    </message>
    <message>
        <source>unknown site group %1</source>
        <translation>未知的站点分组 %1</translation>
    </message>
    <message>
        <source>the layer reconciliation was cancelled</source>
        <translation>分层调和已取消</translation>
    </message>
    <message>
        <source>none of its member groups could be created</source>
        <translation>其成员分组均无法创建</translation>
    </message>
    <message>
        <source>gpt-load reports a group named %1 but does not list it</source>
        <translation>gpt-load 报告存在名为 %1 的分组，但列表中没有它</translation>
    </message>
    <message>
        <source>%1 exists as a gpt-load aggregate group; not adopted</source>
        <translation>%1 是 gpt-load 聚合分组；未接管</translation>
    </message>
    <message>
        <source>the group id of %1 is unknown</source>
        <translation>%1 的分组 ID 未知</translation>
    </message>
    <message>
        <source>importing the existing layout: %1</source>
        <translation>导入现有布局：%1</translation>
    </message>
    <message>
        <source>api.yaml is being written by another process (lock %1 held by pid %2)</source>
        <translation>api.yaml 正被另一个进程写入（锁 %1 由进程 %2 持有）</translation>
    </message>
    <message>
        <source>no api.yaml path is configured</source>
        <translation>未配置 api.yaml 路径</translation>
    </message>
    <message>
        <source>api.yaml kept changing while it was being updated; nothing was written, try again</source>
        <translation>更新期间 api.yaml 不断被修改；未写入任何内容，请重试</translation>
    </message>
    <message>
        <source>api.yaml not written: %1</source>
        <translation>未写入 api.yaml：%1</translation>
    </message>
    <message>
        <source>%1: duplicate key &quot;%2&quot; at %3</source>
        <translation>%1：%3处的键“%2”重复</translation>
    </message>
    <message>
        <source>%1: nesting deeper than %2 levels (or a recursive alias)</source>
        <translation>%1：嵌套超过 %2 层（或存在递归别名）</translation>
    </message>
    <message>
        <source>%1: too many nodes after alias expansion</source>
        <translation>%1：别名展开后节点过多</translation>
    </message>
    <message>
        <source>%1 is not valid YAML at %2: a second document starts here; uni-api reads a file of one document</source>
        <translation>%1 在%2不是有效的 YAML：此处开始了第二个文档；uni-api 只读取单文档的文件</translation>
    </message>
    <message>
        <source>%1 is not valid YAML at %2: %3</source>
        <translation>%1 在%2不是有效的 YAML：%3</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>its end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>the new api.yaml</source>
        <translation>新的 api.yaml</translation>
    </message>
    <message>
        <source>the quoted string starting here is never closed</source>
        <translation>从此处开始的引号字符串没有闭合</translation>
    </message>
    <message>
        <source>a directive after content needs a &apos;...&apos; line before it</source>
        <translation>内容之后的指令前面需要一行“...”</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>writing %1 failed, the file was left unchanged: %2</source>
        <translation>写入 %1 失败，文件保持不变：%2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <source>writing %1 in place failed: %2; the old content was written back</source>
        <translation>原地写入 %1 失败：%2；已写回原内容</translation>
    </message>
    <message>
        <source>writing %1 in place failed: %2; the old content could not be written back, restore a backup</source>
        <translation>原地写入 %1 失败：%2；无法写回原内容，请恢复备份</translation>
    </message>
    <message>
        <source>backup %1 cannot be restored: %2</source>
        <translation>无法恢复备份 %1：%2</translation>
    </message>
    <message>
        <source>invalid layer-3 group name &quot;%1&quot; (expected [a-z0-9_-])</source>
        <translation>第 3 层分组名“%1”无效（应为 [a-z0-9_-]）</translation>
    </message>
    <message>
        <source>layer-3 group %1 is listed twice</source>
        <translation>第 3 层分组 %1 被列出了两次</translation>
    </message>
    <message>
        <source>%1 needs an http(s) instance base URL</source>
        <translation>%1 需要 http(s) 实例基础 URL</translation>
    </message>
    <message>
        <source>%1 has no gateway key</source>
        <translation>%1 没有网关密钥</translation>
    </message>
    <message>
        <source>%1: the gateway key contains a line break</source>
        <translation>%1：网关密钥包含换行符</translation>
    </message>
    <message>
        <source>%1 has no models</source>
        <translation>%1 没有模型</translation>
    </message>
    <message>
        <source>%1 has a model without a name</source>
        <translation>%1 有一个没有名称的模型</translation>
    </message>
    <message>
        <source>%1 lists model %2 twice</source>
        <translation>%1 列出了两次模型 %2</translation>
    </message>
    <message>
        <source>no api.yaml backup named &quot;%1&quot;</source>
        <translation>没有名为“%1”的 api.yaml 备份</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>api.yaml cannot be edited safely: the edited file would not read back as planned (%1); nothing was written. Check it for an unterminated quote or an unusual layout</source>
        <translation>无法安全地编辑 api.yaml：编辑后的文件无法按计划读回（%1）；未写入任何内容。请检查其中是否有未闭合的引号或不寻常的布局</translation>
    </message>
    <message>
        <source>the top level of api.yaml is not a mapping</source>
        <translation>api.yaml 的顶层不是映射</translation>
    </message>
    <message>
        <source>the top level of api.yaml must be a block mapping</source>
        <translation>api.yaml 的顶层必须是块映射</translation>
    </message>
    <message>
        <source>refusing to write api.yaml: %1</source>
        <translation>拒绝写入 api.yaml：%1</translation>
    </message>
    <message>
        <source>refusing to leave api.yaml without providers</source>
        <translation>拒绝让 api.yaml 没有任何提供方</translation>
    </message>
    <message>
        <source>%1: connection refused</source>
        <translation>%1：连接被拒绝</translation>
    </message>
    <message>
        <source>%1: connection closed by the server</source>
        <translation>%1：服务器关闭了连接</translation>
    </message>
    <message>
        <source>%1: host not found</source>
        <translation>%1：找不到主机</translation>
    </message>
    <message>
        <source>%1: connection timed out</source>
        <translation>%1：连接超时</translation>
    </message>
    <message>
        <source>%1: network unavailable</source>
        <translation>%1：网络不可用</translation>
    </message>
    <message>
        <source>%1: TLS handshake failed: %2</source>
        <translation>%1：TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1：%2 ms 内没有响应</translation>
    </message>
    <message>
        <source>%1: cancelled while queued</source>
        <translation>%1：排队时已取消</translation>
    </message>
    <message>
        <source>%1: client is shutting down</source>
        <translation>%1：客户端正在关闭</translation>
    </message>
    <message>
        <source>%1: client destroyed</source>
        <translation>%1：客户端已销毁</translation>
    </message>
    <message>
        <source>%1: not an http(s) URL</source>
        <translation>%1：不是 http(s) URL</translation>
    </message>
    <message>
        <source>%1: answered with HTTP %2</source>
        <translation>%1：返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation>%1：HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1: route or method not supported by this gpt-load (%2)</source>
        <translation>%1：此 gpt-load 不支持该路由或方法（%2）</translation>
    </message>
    <message>
        <source>%1: unexpected answer, not a gpt-load JSON envelope (HTTP %2)</source>
        <translation>%1：意外的响应，不是 gpt-load 的 JSON 信封（HTTP %2）</translation>
    </message>
    <message>
        <source>%1: unexpected numeric code %2 (HTTP %3)</source>
        <translation>%1：意外的数字代码 %2（HTTP %3）</translation>
    </message>
    <message>
        <source>%1: unexpected answer shape (HTTP %2)</source>
        <translation>%1：意外的响应结构（HTTP %2）</translation>
    </message>
    <message>
        <source>%1: login refused</source>
        <translation>%1：登录被拒绝</translation>
    </message>
    <message>
        <source>%1: answer without a data object</source>
        <translation>%1：响应中没有 data 对象</translation>
    </message>
    <message>
        <source>%1: unexpected answer</source>
        <translation>%1：意外的响应</translation>
    </message>
    <message>
        <source>%1: gpt-load does not know proxy group &apos;%2&apos; (yet)</source>
        <translation>%1：gpt-load 中（尚）没有代理分组“%2”</translation>
    </message>
    <message>
        <source>%1: the task slot now shows another task (%2 on &apos;%3&apos;); the outcome of %4 on &apos;%5&apos; is unknown</source>
        <translation>%1：任务槽现在显示另一个任务（“%3”上的 %2）；“%5”上的 %4 结果未知</translation>
    </message>
    <message>
        <source>%1: task %2 on &apos;%3&apos; still running (%4/%5)</source>
        <translation>%1：“%3”上的任务 %2 仍在运行（%4/%5）</translation>
    </message>
    <message>
        <source>%1 is a gpt-load v2 server; only v1.1 to v1.4 can be managed</source>
        <translation>%1 是 gpt-load v2 服务器；只能管理 v1.1 到 v1.4</translation>
    </message>
    <message>
        <source>cannot read the CA certificate file %1</source>
        <translation>无法读取 CA 证书文件 %1</translation>
    </message>
    <message>
        <source>no PEM certificate found in %1</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>gpt-load call cancelled</source>
        <translation>gpt-load 调用已取消</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>没有网络访问管理器</translation>
    </message>
    <message>
        <source>group entry is not a JSON object</source>
        <translation>分组条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>group entry without a numeric id and a name</source>
        <translation>分组条目缺少数字 ID 和名称</translation>
    </message>
    <message>
        <source>group list is not a JSON array</source>
        <translation>分组列表不是 JSON 数组</translation>
    </message>
    <message>
        <source>key page without an items array</source>
        <translation>密钥分页中没有 items 数组</translation>
    </message>
    <message>
        <source>key test answer without a results array</source>
        <translation>密钥测试响应中没有 results 数组</translation>
    </message>
    <message>
        <source>health answer without a status field</source>
        <translation>健康检查响应中没有 status 字段</translation>
    </message>
    <message>
        <source>settings answer is not a JSON array</source>
        <translation>设置响应不是 JSON 数组</translation>
    </message>
    <message>
        <source>at least one upstream is required</source>
        <translation>至少需要一个上游</translation>
    </message>
    <message>
        <source>upstream URL must start with http:// or https://: %1</source>
        <translation>上游 URL 必须以 http:// 或 https:// 开头：%1</translation>
    </message>
    <message>
        <source>upstream weights must be ≥ 0</source>
        <translation>上游权重必须 ≥ 0</translation>
    </message>
    <message>
        <source>at least one upstream weight must be &gt; 0</source>
        <translation>至少一个上游的权重必须 &gt; 0</translation>
    </message>
    <message>
        <source>unknown config field: &apos;%1&apos;</source>
        <translation>未知的配置字段：“%1”</translation>
    </message>
    <message>
        <source>%1 must be a boolean</source>
        <translation>%1 必须是布尔值</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be an integer ≥ %2</source>
        <translation>%1 必须是 ≥ %2 的整数</translation>
    </message>
    <message>
        <source>validation endpoint must be a path starting with &apos;/&apos;</source>
        <translation>验证端点必须是以“/”开头的路径</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; must match ^[a-z0-9_-]{1,100}$</source>
        <translation>分组名“%1”必须符合 ^[a-z0-9_-]{1,100}$</translation>
    </message>
    <message>
        <source>group name must match ^[a-z0-9_-]{1,100}$</source>
        <translation>分组名必须符合 ^[a-z0-9_-]{1,100}$</translation>
    </message>
    <message>
        <source>test model is required</source>
        <translation>必须填写测试模型</translation>
    </message>
    <message>
        <source>test model cannot be empty (gpt-load reads &quot;&quot; as unchanged)</source>
        <translation>测试模型不能为空（gpt-load 会把 &quot;&quot; 视为不修改）</translation>
    </message>
    <message>
        <source>aggregate groups cannot have model redirect rules</source>
        <translation>聚合分组不能有模型重定向规则</translation>
    </message>
    <message>
        <source>group update without any field</source>
        <translation>分组更新中没有任何字段</translation>
    </message>
    <message>
        <source>no keys to test</source>
        <translation>没有要测试的密钥</translation>
    </message>
    <message>
        <source>test at most %1 keys at a time (each test is a billable call)</source>
        <translation>一次最多测试 %1 个密钥（每次测试都是计费调用）</translation>
    </message>
    <message>
        <source>no sub-groups to add</source>
        <translation>没有要添加的子分组</translation>
    </message>
    <message>
        <source>%1: create group: %2</source>
        <translation>%1：创建分组：%2</translation>
    </message>
    <message>
        <source>%1: update group %2: %3</source>
        <translation>%1：更新分组 %2：%3</translation>
    </message>
    <message>
        <source>a %1 job is already queued or running</source>
        <translation>已有一个“%1”任务在排队或运行</translation>
    </message>
    <message>
        <source>job cancelled before it started</source>
        <translation>任务在开始前已取消</translation>
    </message>
    <message>
        <source>job cancelled</source>
        <translation>任务已取消</translation>
    </message>
    <message>
        <source>the job was cancelled</source>
        <translation>任务已取消</translation>
    </message>
    <message>
        <source>the job was not queued</source>
        <translation>任务未加入队列</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation>引擎未运行</translation>
    </message>
    <message>
        <source>the engine stopped</source>
        <translation>引擎已停止</translation>
    </message>
    <message>
        <source>unknown job %1</source>
        <translation>未知任务 %1</translation>
    </message>
    <message>
        <source>no queued or running job %1</source>
        <translation>没有排队中或运行中的任务 %1</translation>
    </message>
    <message>
        <source>choose the hop key, the gateway key or both</source>
        <translation>请选择中转密钥、网关密钥或两者</translation>
    </message>
    <message>
        <source>the old keys are remembered and the next rotation removes them: %1</source>
        <translation>旧密钥已记下，下次轮换时会删除：%1</translation>
    </message>
    <message>
        <source>model sync cancelled</source>
        <translation>模型同步已取消</translation>
    </message>
    <message>
        <source>model sync cancelled before reconciling</source>
        <translation>模型同步在调和前已取消</translation>
    </message>
    <message>
        <source>cannot list the models of %1: %2</source>
        <translation>无法列出 %1 的模型：%2</translation>
    </message>
    <message>
        <source>the group has no active key</source>
        <translation>该分组没有可用的密钥</translation>
    </message>
    <message>
        <source>the stored model sync settings are not an object</source>
        <translation>已保存的模型同步设置不是对象</translation>
    </message>
    <message>
        <source>stored setting %1: %2</source>
        <translation>已保存的设置 %1：%2</translation>
    </message>
    <message>
        <source>enabled must be true or false</source>
        <translation>enabled 必须是 true 或 false</translation>
    </message>
    <message>
        <source>reviewMode must be true or false</source>
        <translation>reviewMode 必须是 true 或 false</translation>
    </message>
    <message>
        <source>removalAfterMisses must be a whole number from 1 to %1</source>
        <translation>removalAfterMisses 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>no queued model change for %1</source>
        <translation>%1 没有排队中的模型变更</translation>
    </message>
    <message>
        <source>%1/%2 is both approved and rejected</source>
        <translation>%1/%2 同时被批准和拒绝</translation>
    </message>
    <message>
        <source>the approvals were not queued</source>
        <translation>批准未加入队列</translation>
    </message>
    <message>
        <source>unknown model sync setting %1</source>
        <translation>未知的模型同步设置 %1</translation>
    </message>
    <message>
        <source>siteOverrides must map site names to true, false or null</source>
        <translation>siteOverrides 必须将站点名映射到 true、false 或 null</translation>
    </message>
    <message>
        <source>unknown site %1</source>
        <translation>未知站点 %1</translation>
    </message>
    <message>
        <source>a site&apos;s review mode must be true, false or null</source>
        <translation>站点的审核模式必须是 true、false 或 null</translation>
    </message>
    <message>
        <source>health check cancelled</source>
        <translation>健康检查已取消</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>未知渠道 %1</translation>
    </message>
    <message>
        <source>channel %1 has no model-channel group for model %2</source>
        <translation>渠道 %1 没有模型 %2 的模型渠道分组</translation>
    </message>
    <message>
        <source>instance %1 is unreachable</source>
        <translation>实例 %1 无法访问</translation>
    </message>
    <message>
        <source>%1: instance %2 is unreachable</source>
        <translation>%1：实例 %2 无法访问</translation>
    </message>
    <message>
        <source>channel %1 was disabled by the operator; only the operator re-enables it</source>
        <translation>渠道 %1 由操作员停用；只能由操作员重新启用</translation>
    </message>
    <message>
        <source>siteUrl is required</source>
        <translation>必须填写 siteUrl</translation>
    </message>
    <message>
        <source>cleanup cancelled</source>
        <translation>清理已取消</translation>
    </message>
    <message>
        <source>%1: the site has no base URL</source>
        <translation>%1：该站点没有基础 URL</translation>
    </message>
    <message>
        <source>channelNames must name at least one site group</source>
        <translation>channelNames 必须至少包含一个站点分组</translation>
    </message>
    <message>
        <source>none of the names is a site group: %1</source>
        <translation>这些名称都不是站点分组：%1</translation>
    </message>
    <message>
        <source>%1 must be a list of regular expressions</source>
        <translation>%1 必须是正则表达式列表</translation>
    </message>
    <message>
        <source>%1 may hold at most %2 patterns</source>
        <translation>%1 最多只能包含 %2 个表达式</translation>
    </message>
    <message>
        <source>%1 must contain strings</source>
        <translation>%1 只能包含字符串</translation>
    </message>
    <message>
        <source>a pattern in %1 is longer than %2 characters</source>
        <translation>%1 中有表达式超过 %2 个字符</translation>
    </message>
    <message>
        <source>invalid regular expression in %1 at offset %2: %3</source>
        <translation>%1 中的正则表达式在偏移 %2 处无效：%3</translation>
    </message>
    <message>
        <source>invalid regular expression in %1: %2</source>
        <translation>%1 中的正则表达式无效：%2</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>dryRun must be true or false</source>
        <translation>dryRun 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 lives on instance %2, which is not configured</source>
        <translation>%1 位于实例 %2 上，而该实例未配置</translation>
    </message>
    <message>
        <source>%1 is already on the highest-priority instance</source>
        <translation>%1 已在优先级最高的实例上</translation>
    </message>
    <message>
        <source>a group named %1 already exists on %2</source>
        <translation>%2 上已存在名为 %1 的分组</translation>
    </message>
    <message>
        <source>a group named %1 already exists on %2 and is not the one recorded for this site</source>
        <translation>%2 上已存在名为 %1 的分组，且不是为该站点记录的那个</translation>
    </message>
    <message>
        <source>%1 exists neither on %2 nor on %3</source>
        <translation>%1 既不在 %2 上，也不在 %3 上</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an internal error (a bug or an impossible state)</comment>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a validation error (bad input)</comment>
        <translation>输入无效：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a not-found error (unknown resource)</comment>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a conflict error (name taken, job already running)</comment>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an authentication error (HTTP 401/403)</comment>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a network error (refused, reset, DNS, TLS)</comment>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a timeout</comment>
        <translation>超时：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of gpt-load&apos;s &quot;too many concurrent requests&quot;</comment>
        <translation>服务器繁忙：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a server error (HTTP 5xx)</comment>
        <translation>服务器错误：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a route this gpt-load does not have</comment>
        <translation>接口不存在：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an answer that cannot be decoded</comment>
        <translation>无法解析的响应：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an error passed on from an AI site or gpt-load</comment>
        <translation>上游错误：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an unavailable service (no healthy instance)</comment>
        <translation>服务不可用：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of an error with nothing left to do (no models after filtering)</comment>
        <translation>无法处理：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a file system error</comment>
        <translation>文件错误：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated message of a cancelled operation</comment>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an untranslated error message of no known kind</comment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>recording %1: %2</source>
        <translation>记录 %1：%2</translation>
    </message>
    <message>
        <source>gpt-load rejected the admin token (HTTP %1)</source>
        <translation>gpt-load 拒绝了管理令牌（HTTP %1）</translation>
    </message>
    <message>
        <source>cannot create log directory %1</source>
        <translation>无法创建日志目录 %1</translation>
    </message>
    <message>
        <source>the owner of this operation was destroyed</source>
        <translation>此操作的所有者已被销毁</translation>
    </message>
    <message>
        <source>the state store is not open</source>
        <translation>状态存储未打开</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
    <message>
        <source>removing setting %1</source>
        <translation>删除设置 %1</translation>
    </message>
    <message>
        <source>saving secret %1</source>
        <translation>保存机密 %1</translation>
    </message>
    <message>
        <source>listing sites</source>
        <translation>列出站点</translation>
    </message>
    <message>
        <source>saving site %1</source>
        <translation>保存站点 %1</translation>
    </message>
    <message>
        <source>deleting site</source>
        <translation>删除站点</translation>
    </message>
    <message>
        <source>listing site groups</source>
        <translation>列出站点分组</translation>
    </message>
    <message>
        <source>saving site group %1</source>
        <translation>保存站点分组 %1</translation>
    </message>
    <message>
        <source>reading site group %1</source>
        <translation>读取站点分组 %1</translation>
    </message>
    <message>
        <source>deleting site group</source>
        <translation>删除站点分组</translation>
    </message>
    <message>
        <source>saving site assignment</source>
        <translation>保存站点分配</translation>
    </message>
    <message>
        <source>saving a missing-model counter</source>
        <translation>保存缺失模型计数</translation>
    </message>
    <message>
        <source>listing L2 groups</source>
        <translation>列出 L2 分组</translation>
    </message>
    <message>
        <source>saving L2 group %1</source>
        <translation>保存 L2 分组 %1</translation>
    </message>
    <message>
        <source>deleting an L2 group</source>
        <translation>删除 L2 分组</translation>
    </message>
    <message>
        <source>listing L3 groups</source>
        <translation>列出 L3 分组</translation>
    </message>
    <message>
        <source>saving L3 group %1</source>
        <translation>保存 L3 分组 %1</translation>
    </message>
    <message>
        <source>deleting an L3 group</source>
        <translation>删除 L3 分组</translation>
    </message>
    <message>
        <source>listing L3 members</source>
        <translation>列出 L3 成员</translation>
    </message>
    <message>
        <source>saving an L3 member</source>
        <translation>保存 L3 成员</translation>
    </message>
    <message>
        <source>deleting an L3 member</source>
        <translation>删除 L3 成员</translation>
    </message>
    <message>
        <source>appending to the journal</source>
        <translation>追加操作日志</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>读取操作日志</translation>
    </message>
    <message>
        <source>appending sync history</source>
        <translation>追加同步历史</translation>
    </message>
    <message>
        <source>reading sync history</source>
        <translation>读取同步历史</translation>
    </message>
    <message>
        <source>reading pending changes</source>
        <translation>读取待审核变更</translation>
    </message>
    <message>
        <source>saving a pending change</source>
        <translation>保存待审核变更</translation>
    </message>
    <message>
        <source>removing a pending change</source>
        <translation>删除待审核变更</translation>
    </message>
    <message>
        <source>appending cleanup history</source>
        <translation>追加清理历史</translation>
    </message>
    <message>
        <source>pruning cleanup history</source>
        <translation>精简清理历史</translation>
    </message>
    <message>
        <source>reading cleanup history</source>
        <translation>读取清理历史</translation>
    </message>
    <message>
        <source>listing channel health</source>
        <translation>列出渠道健康状态</translation>
    </message>
    <message>
        <source>saving channel health</source>
        <translation>保存渠道健康状态</translation>
    </message>
    <message>
        <source>deleting channel health</source>
        <translation>删除渠道健康状态</translation>
    </message>
    <message>
        <source>appending health history</source>
        <translation>追加健康历史</translation>
    </message>
    <message>
        <source>reading health history</source>
        <translation>读取健康历史</translation>
    </message>
    <message>
        <source>pruning health history</source>
        <translation>精简健康历史</translation>
    </message>
    <message>
        <source>%1; looking it up failed: %2</source>
        <translation>%1；查找时也失败：%2</translation>
    </message>
    <message>
        <source>managed provider %1 has no base_url</source>
        <translation>受管理的提供方 %1 没有 base_url</translation>
    </message>
    <message>
        <source>managed provider %1 has no api key string</source>
        <translation>受管理的提供方 %1 没有 API 密钥字符串</translation>
    </message>
    <message>
        <source>managed provider %1 has no model list</source>
        <translation>受管理的提供方 %1 没有模型列表</translation>
    </message>
    <message>
        <source>generated entry %1 does not read back as intended</source>
        <translation>生成的条目 %1 读回后与预期不符</translation>
    </message>
    <message>
        <source>managed provider %1 is missing from the generated text</source>
        <translation>生成的文本中缺少受管理的提供方 %1</translation>
    </message>
    <message>
        <source>providers must be a block list</source>
        <translation>providers 必须是块列表</translation>
    </message>
    <message>
        <source>providers entry %1 (%2) is not a mapping</source>
        <translation>providers 第 %1 项（%2）不是映射</translation>
    </message>
    <message>
        <source>providers entry %1 (%2) has no provider name</source>
        <translation>providers 第 %1 项（%2）缺少 provider 字段（提供方名称）</translation>
    </message>
    <message>
        <source>provider name %1 is used twice</source>
        <translation>提供方名称 %1 被使用了两次</translation>
    </message>
    <message>
        <source>provider name %1 contains &apos;/&apos; or starts with &apos;sk-&apos;</source>
        <translation>提供方名称 %1 包含“/”或以“sk-”开头</translation>
    </message>
    <message>
        <source>api_keys must be a non-empty list (uni-api refuses to start without a client key)</source>
        <translation>api_keys 必须是非空列表（没有客户端密钥时 uni-api 拒绝启动）</translation>
    </message>
    <message>
        <source>api_keys entry %1 (%2) needs a string `api` (quote numbers)</source>
        <translation>api_keys 第 %1 项（%2）需要字符串类型的 `api`（数字请加引号）</translation>
    </message>
    <message>
        <source>the top level is not a mapping</source>
        <translation>顶层不是映射</translation>
    </message>
    <message>
        <source>a top-level key other than providers would change</source>
        <translation>providers 以外的顶层键将被改动</translation>
    </message>
    <message>
        <source>a provider not managed by uni-load would change</source>
        <translation>不由 uni-load 管理的提供方将被改动</translation>
    </message>
    <message>
        <source>a generated entry does not read back as one list item</source>
        <translation>生成的条目读回后不是单个列表项</translation>
    </message>
    <message>
        <source>overlapping or invalid api.yaml edits at line %1</source>
        <translation>第 %1 行的 api.yaml 编辑重叠或无效</translation>
    </message>
    <message>
        <source>the byte order mark would change</source>
        <translation>字节顺序标记将被改动</translation>
    </message>
    <message>
        <source>line %1 of api.yaml would change although it is not a managed entry</source>
        <translation>api.yaml 第 %1 行不是受管理的条目，却将被改动</translation>
    </message>
    <message>
        <source>could not locate the first providers entry in the text</source>
        <translation>在文本中找不到第一个 providers 条目</translation>
    </message>
    <message>
        <source>could not locate providers entry %1 in the text</source>
        <translation>在文本中找不到 providers 第 %1 项</translation>
    </message>
    <message>
        <source>providers is an empty block list</source>
        <translation>providers 是空的块列表</translation>
    </message>
    <message>
        <source>could not find the &apos;:&apos; after the providers key</source>
        <translation>找不到 providers 键后的“:”</translation>
    </message>
    <message>
        <source>write `providers: []` on one line, or convert providers to block style</source>
        <translation>请将 `providers: []` 写在一行内，或将 providers 改为块格式</translation>
    </message>
    <message>
        <source>write an empty providers list as `providers:` followed by nothing</source>
        <translation>空的 providers 列表请写成后面不跟任何内容的 `providers:`</translation>
    </message>
    <message>
        <source>could not locate the providers key in the text</source>
        <translation>在文本中找不到 providers 键</translation>
    </message>
    <message>
        <source>providers must be a list</source>
        <translation>providers 必须是列表</translation>
    </message>
    <message>
        <source>providers is a flow list ([…]); convert providers to block style (one `- provider: …` entry per line) so it can be edited safely</source>
        <translation>providers 是流式列表（[…]）；请将其改为块格式（每行一个 `- provider: …` 条目），以便安全编辑</translation>
    </message>
    <message>
        <source>log page without an items array</source>
        <translation>日志分页中没有 items 数组</translation>
    </message>
    <message>
        <source>%1 on gpt-load &apos;%2&apos; (%3): %4</source>
        <translation>在 gpt-load“%2”（%3）上%1：%4</translation>
    </message>
    <message>
        <source>an unfinished %1 of %2 exists; run %1 again to finish it</source>
        <translation>%2 有一个未完成的 %1；请再次执行 %1 以完成</translation>
    </message>
    <message>
        <source>the unfinished %1 of %2 names an instance that is no longer configured</source>
        <translation>%2 未完成的 %1 涉及一个已不再配置的实例</translation>
    </message>
    <message>
        <source>%1 is already on the lowest-priority instance</source>
        <translation>%1 已在优先级最低的实例上</translation>
    </message>
    <message>
        <source>the target instance %1 is not healthy</source>
        <translation>目标实例 %1 不健康</translation>
    </message>
    <message>
        <source>the instance %1 that holds %2 is not reachable; its keys cannot be read</source>
        <translation>存放 %2 的实例 %1 无法访问；无法读取其密钥</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>创建 %1</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>读取 %1 的密钥</translation>
    </message>
    <message>
        <source>uploading the keys of %1</source>
        <translation>上传 %1 的密钥</translation>
    </message>
    <message>
        <source>deleting the old %1</source>
        <translation>删除旧的 %1</translation>
    </message>
    <message>
        <source>the new %1 on %2 holds %3 keys, %4 were copied; the old group stays in use (run the command again)</source>
        <translation>%2 上新的 %1 只有 %3 个密钥，而复制了 %4 个；继续使用旧分组（请再次执行该命令）</translation>
    </message>
    <message>
        <source>repointing the model groups: %1</source>
        <translation>重新指向模型分组：%1</translation>
    </message>
    <message>
        <source>repointing the model groups of %1 failed; the old group stays until they follow (run the command again): %2</source>
        <translation>重新指向 %1 的模型分组失败；在它们跟上之前保留旧分组（请再次执行该命令）：%2</translation>
    </message>
    <message>
        <source>restoring invalid keys: %1</source>
        <translation>恢复无效密钥：%1</translation>
    </message>
    <message>
        <source>through the proxy: %1</source>
        <translation>通过代理：%1</translation>
    </message>
    <message>
        <source>site (the site group of the change) is required</source>
        <translation>必须填写 site（变更所属的站点分组）</translation>
    </message>
    <message>
        <source>model is required</source>
        <translation>必须填写 model</translation>
    </message>
    <message>
        <source>decision must be &quot;approve&quot; or &quot;reject&quot;</source>
        <translation>decision 必须是“approve”或“reject”</translation>
    </message>
    <message>
        <source>the list of decisions is empty</source>
        <translation>决定列表为空</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>unknown stats format: neither stats_24_hour nor hourly_stats present</source>
        <translation>未知的统计格式：既没有 stats_24_hour，也没有 hourly_stats</translation>
    </message>
    <message>
        <source>the new keys are stored but not every group or api.yaml took them yet; the old keys were left in place so nothing is locked out, and the next rotation removes them</source>
        <translation>新密钥已保存，但尚未被所有分组或 api.yaml 采用；旧密钥仍保留，不会有人被拒之门外，下次轮换时会删除它们</translation>
    </message>
    <message>
        <source>a decision must be an object {site, model, decision}</source>
        <translation>每个决定必须是对象 {site, model, decision}</translation>
    </message>
    <message>
        <source>%1 is back in its model group</source>
        <translation>%1 已回到其模型分组</translation>
    </message>
    <message>
        <source>%1 re-enabled; the model group follows at the next reconciliation (%2)</source>
        <translation>%1 已重新启用；模型分组将在下次调和时跟进（%2）</translation>
    </message>
    <message>
        <source>%1 (restoring invalid keys failed: %2)</source>
        <translation>%1（恢复无效密钥失败：%2）</translation>
    </message>
    <message>
        <source>%1 is healthy again and back in rotation</source>
        <translation>%1 已恢复健康并重新加入轮换</translation>
    </message>
    <message>
        <source>%1 is healthy again and back in rotation (%2)</source>
        <translation>%1 已恢复健康并重新加入轮换（%2）</translation>
    </message>
    <message>
        <source>%1 is still failing (%2); next attempt scheduled</source>
        <translation>%1 仍然失败（%2）；已安排下一次尝试</translation>
    </message>
    <message>
        <source>%1 was disabled by the operator; re-enable the channel to put it back</source>
        <translation>%1 已被操作员停用；重新启用该渠道即可恢复</translation>
    </message>
    <message>
        <source>%1 is in rotation; invalid keys restored</source>
        <translation>%1 仍在轮换中；已恢复无效密钥</translation>
    </message>
    <message>
        <source>the API token file %1 was readable by other users; its mode is now 0600</source>
        <translation>API 令牌文件 %1 曾可被其他用户读取；其权限现已改为 0600</translation>
    </message>
    <message>
        <source>the API token file %1 is readable by other users and its mode could not be changed</source>
        <translation>API 令牌文件 %1 可被其他用户读取，且无法更改其权限</translation>
    </message>
    <message>
        <source>gpt-load &apos;%1&apos; (%2) is unreachable (its health check fails); its temporary groups are unknown</source>
        <translation>gpt-load“%1”（%2）无法访问（健康检查失败）；其临时分组情况未知</translation>
    </message>
    <message>
        <source>gpt-load &apos;%1&apos; (%2) is unreachable</source>
        <translation>gpt-load“%1”（%2）无法访问</translation>
    </message>
    <message>
        <source>gpt-load &apos;%1&apos; (%2): %3</source>
        <translation>gpt-load“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>gpt-load instance %1 is unreachable</source>
        <translation>gpt-load 实例 %1 无法访问</translation>
    </message>
    <message>
        <source>test model of %1 not updated to %2: gpt-load instance %3 is unreachable</source>
        <translation>%1 的测试模型未更新为 %2：gpt-load 实例 %3 无法访问</translation>
    </message>
    <message>
        <source>%1 refused the %2-character group name %3: gpt-load v1.0.22 and older allow 30 characters at most; upgrade it to v1.1 or newer</source>
        <translation>%1 拒绝了 %2 个字符的分组名称 %3：gpt-load v1.0.22 及更早版本最多允许 30 个字符，请升级到 v1.1 或更新版本</translation>
    </message>
    <message>
        <source>%1 has no healthy member</source>
        <translation>%1 没有健康的成员</translation>
    </message>
    <message>
        <source>%1: every upstream had weight 0; the first member gets weight 1</source>
        <translation>%1：所有上游的权重都为 0，第一个成员的权重设为 1</translation>
    </message>
    <message>
        <source>provider %1 is reserved by a hand-written api.yaml entry; it is not written</source>
        <translation>提供方 %1 已被 api.yaml 中手写的条目占用，不会写入</translation>
    </message>
    <message>
        <source>%1: its L3 group uses the %2 format, so %3 (%4 format) carries none of its traffic</source>
        <translation>%1：其 L3 分组使用 %2 格式，因此 %3（%4 格式）不承担它的任何流量</translation>
    </message>
    <message>
        <source>instance %1 stopped answering during this health check cycle</source>
        <translation>实例 %1 在本轮健康检查中已无响应</translation>
    </message>
    <message>
        <source>the site group does not exist in gpt-load yet</source>
        <translation>该站点分组尚未在 gpt-load 中创建</translation>
    </message>
    <message>
        <source>reconciliation: %1</source>
        <translation>调和：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a subject (site group) and its error</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>gpt-load instance %1 stopped answering during this sync</source>
        <translation>gpt-load 实例 %1 在本次同步中已无响应</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>this desktop has no session autostart entries</source>
        <translation>此桌面环境不支持会话自启动项</translation>
    </message>
    <message>
        <source>discover models</source>
        <translation>发现模型</translation>
    </message>
    <message>
        <source>filter models</source>
        <translation>过滤模型</translation>
    </message>
    <message>
        <source>process-site</source>
        <translation>接入站点</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>调和分层</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>导入布局</translation>
    </message>
    <message>
        <source>migrate-keys</source>
        <translation>迁移密钥</translation>
    </message>
    <message>
        <source>delete-legacy</source>
        <translation>删除旧版分组</translation>
    </message>
    <message>
        <source>uniapi-restore</source>
        <translation>恢复 api.yaml</translation>
    </message>
    <message>
        <source>uniapi-write</source>
        <translation>写入 api.yaml</translation>
    </message>
    <message>
        <source>set-weights</source>
        <translation>设置权重</translation>
    </message>
    <message>
        <source>rotate-keys</source>
        <translation>轮换代理密钥</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>模型同步</translation>
    </message>
    <message>
        <source>sync-approve</source>
        <translation>应用已批准的变更</translation>
    </message>
    <message>
        <source>channel-health</source>
        <translation>渠道健康检查</translation>
    </message>
    <message>
        <source>channel-cleanup</source>
        <translation>渠道清理</translation>
    </message>
    <message>
        <source>channel-cleanup-manual</source>
        <translation>手动渠道清理</translation>
    </message>
    <message>
        <source>delete-channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>manual-recovery</source>
        <translation>手动恢复</translation>
    </message>
    <message>
        <source>channel-disable</source>
        <translation>停用渠道</translation>
    </message>
    <message>
        <source>channel-enable</source>
        <translation>重新启用渠道</translation>
    </message>
    <message>
        <source>reassign-channel</source>
        <translation>迁移渠道</translation>
    </message>
    <message>
        <source>temp-group-cleanup</source>
        <translation>临时分组清理</translation>
    </message>
    <message>
        <source>baseUrl has port 0</source>
        <translation>baseUrl 的端口为 0</translation>
    </message>
    <message>
        <source>baseUrl is longer than %1 characters</source>
        <translation>baseUrl 超过 %1 个字符</translation>
    </message>
    <message>
        <source>model name &quot;%1&quot; contains &quot;${&quot;, which uni-api would expand as an environment variable</source>
        <translation>模型名称“%1”包含“${”，uni-api 会把它当作环境变量展开</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: %2</source>
        <translation>无法创建锁文件 %1：%2</translation>
    </message>
    <message>
        <source>could not replace %1 (%2); the file was left unchanged. If it is a single-file bind mount inside a container, set UNI_API_WRITE_MODE=in-place</source>
        <translation>无法替换 %1（%2）；文件保持不变。如果它是容器内的单文件绑定挂载，请设置 UNI_API_WRITE_MODE=in-place</translation>
    </message>
    <message>
        <source>must not contain a user name or password; put the admin token in the token field</source>
        <translation>不能包含用户名或密码；请将管理令牌填入 token 字段</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>不能包含用户名或密码</translation>
    </message>
    <message>
        <source>must not contain a query (?…) or fragment (#…)</source>
        <translation>不能包含查询（?…）或片段（#…）</translation>
    </message>
    <message>
        <source>must be 0 or more (lower numbers are preferred)</source>
        <translation>必须大于或等于 0（数值越小越优先）</translation>
    </message>
    <message>
        <source>%1; the instance file was not changed: fix it by hand first (while it cannot be loaded, instances are not added, changed or removed, so nothing in it is lost)</source>
        <translation>%1；实例文件未修改：请先手动修复它（实例文件无法加载时，不会添加、修改或删除实例，以免其中的内容丢失）</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written: open it again and redo the change</source>
        <translation>%1 在读取之后已在磁盘上被修改；未写入任何内容：请重新打开并再次修改</translation>
    </message>
    <message>
        <source>%1 could not be replaced by renaming (%2): %3</source>
        <translation>无法通过重命名替换 %1（%2）：%3</translation>
    </message>
    <message>
        <source>the instance file was not changed, its backup could not be written: %1</source>
        <translation>实例文件未修改，因为无法写入其备份：%1</translation>
    </message>
    <message>
        <source>%1: the answer from %2 is larger than %3</source>
        <translation>%1：来自 %2 的响应超过 %3</translation>
    </message>
    <message>
        <source>%1 had no keys to copy</source>
        <translation>%1 没有可复制的密钥</translation>
    </message>
    <message>
        <source>%1 had no active keys to copy</source>
        <translation>%1 没有可复制的可用密钥</translation>
    </message>
    <message>
        <source>channel %1 is being deleted; delete it again to finish, or onboard the site again to keep it</source>
        <translation>渠道 %1 的删除尚未完成；再次删除即可完成，或重新接入该站点以保留它</translation>
    </message>
    <message>
        <source>set-test-model</source>
        <translation>设置测试模型</translation>
    </message>
    <message>
        <source>validate-keys</source>
        <translation>验证密钥</translation>
    </message>
    <message>
        <source>unknown channel or site %1</source>
        <translation>未知的渠道或站点 %1</translation>
    </message>
    <message>
        <source>%1 does not serve the model %2</source>
        <translation>%1 不提供模型 %2</translation>
    </message>
    <message>
        <source>%1 has no group on gpt-load instance %2</source>
        <translation>%1 在 gpt-load 实例 %2 上没有分组</translation>
    </message>
    <message>
        <source>gpt-load instance %1 of %2 is unreachable</source>
        <translation>%2 所在的 gpt-load 实例 %1 无法访问</translation>
    </message>
    <message>
        <source>gpt-load instance %1 is no longer configured</source>
        <translation>gpt-load 实例 %1 已不在配置中</translation>
    </message>
    <message>
        <source>key validation cancelled (gpt-load finishes the task it started)</source>
        <translation>密钥验证已取消（gpt-load 会完成已开始的任务）</translation>
    </message>
    <message>
        <source>gpt-load&apos;s key validation of %1 failed: %2</source>
        <translation>gpt-load 对 %1 的密钥验证失败：%2</translation>
    </message>
    <message>
        <source>gpt-load&apos;s key validation of %1 is still running; its outcome shows in gpt-load</source>
        <translation>gpt-load 对 %1 的密钥验证仍在进行；结果请在 gpt-load 中查看</translation>
    </message>
    <message>
        <source>%1 has no keys to validate</source>
        <translation>%1 没有可验证的密钥</translation>
    </message>
    <message>
        <source>the test model %1 of %2 matches a high-cost pattern: validating sends one billable request per key with it; confirm to validate anyway</source>
        <translation>%2 的测试模型 %1 匹配高成本规则：验证会用它为每个密钥发送一次计费请求；确认后才会验证</translation>
    </message>
    <message>
        <source>test model %1 of %2 matches a high-cost pattern: every key validation gpt-load runs sends a billable request with it</source>
        <translation>%2 的测试模型 %1 匹配高成本规则：gpt-load 每次验证密钥都会用它发送计费请求</translation>
    </message>
    <message>
        <source>model must be a string</source>
        <translation>model 必须是字符串</translation>
    </message>
    <message>
        <source>channelName or siteName is required</source>
        <translation>必须提供 channelName 或 siteName</translation>
    </message>
    <message>
        <source>confirmHighCost must be true or false</source>
        <translation>confirmHighCost 必须是 true 或 false</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON (line %1); remove the comment, or keep the note in a &quot;description&quot; field</source>
        <translation>JSON 中不允许注释（第 %1 行）；请删除注释，或把说明写进“description”字段</translation>
    </message>
    <message>
        <source>cannot set owner-only permissions on %1: the file does not exist</source>
        <translation>无法将 %1 设为仅所有者可访问：文件不存在</translation>
    </message>
    <message>
        <source>The instance file is readable by other users and holds admin tokens; restrict it to its owner (chmod 600)</source>
        <translation>实例文件可被其他用户读取且包含管理令牌；请将其限制为仅所有者可读写（chmod 600）</translation>
    </message>
    <message>
        <source>api.yaml cannot be created: %1 is not a directory</source>
        <translation>无法创建 api.yaml：%1 不是目录</translation>
    </message>
    <message>
        <source>api.yaml cannot be created: the directory %1 is not writable</source>
        <translation>无法创建 api.yaml：目录 %1 不可写</translation>
    </message>
    <message>
        <source>api.yaml cannot be created: the directory %1 does not exist and %2 is not writable</source>
        <translation>无法创建 api.yaml：目录 %1 不存在，且 %2 不可写</translation>
    </message>
    <message>
        <source>%1 changed outside uni-load and does not load (%2); the gpt-load instances loaded before stay in use until it is fixed</source>
        <translation>%1 在 uni-load 之外被修改且无法加载（%2）；修复之前继续使用此前加载的 gpt-load 实例</translation>
    </message>
    <message>
        <source>the whitelist has no enabled prefix, so every model would be dropped; add a prefix or turn the whitelist off (enableWhitelist: false)</source>
        <translation>白名单没有启用的前缀，所有模型都会被过滤掉；请添加前缀，或关闭白名单（enableWhitelist: false）</translation>
    </message>
    <message>
        <source>the site listed %1 model(s) but the filter rules keep none of them; nothing changed, check the filter rules</source>
        <translation>站点列出了 %1 个模型，但过滤规则一个也不保留；未做任何更改，请检查过滤规则</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>clear-invalid-keys</source>
        <translation>删除无效密钥</translation>
    </message>
</context>
<context>
    <name>ul::EventText</name>
    <message>
        <source>gpt-load instance %1 is up</source>
        <translation>gpt-load 实例 %1 已恢复</translation>
    </message>
    <message>
        <source>gpt-load instance %1 is down: %2</source>
        <translation>gpt-load 实例 %1 不可用：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added to %1: %2</source>
        <translation>
            <numerusform>%1 新增 %n 个模型：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) removed from %1: %2</source>
        <translation>
            <numerusform>%1 移除了 %n 个模型：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另外还有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model change(s) of %1 wait for review</source>
        <translation>
            <numerusform>%1 有 %n 项模型变化等待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>model sync could not update the models of %n site group(s): %1</source>
        <translation>
            <numerusform>模型同步未能更新 %n 个站点分组的模型：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>model changes are stored but the reconciliation did not complete (retried on the next sync): %1</source>
        <translation>模型变化已保存，但调和未完成（下次同步时重试）：%1</translation>
    </message>
    <message>
        <source>model sync failed: %1</source>
        <translation>模型同步失败：%1</translation>
    </message>
    <message>
        <source>channel %1 disabled by the operator</source>
        <translation>渠道 %1 已被操作员停用</translation>
    </message>
    <message>
        <source>channel %1 re-enabled by the operator</source>
        <translation>渠道 %1 已被操作员重新启用</translation>
    </message>
    <message>
        <source>channel %1 taken out of rotation (%2): %3</source>
        <translation>渠道 %1 已移出轮换（%2）：%3</translation>
    </message>
    <message>
        <source>disabled-by-health</source>
        <translation>健康检查移除</translation>
    </message>
    <message>
        <source>disabled-by-cleanup</source>
        <translation>清理移除</translation>
    </message>
    <message>
        <source>channel %1 is healthy again and back in rotation</source>
        <translation>渠道 %1 已恢复健康并重新加入轮换</translation>
    </message>
    <message numerus="yes">
        <source>channel %1 deleted with %n model group(s)</source>
        <translation>
            <numerusform>渠道 %1 已删除，连同 %n 个模型分组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 已从 %2 移到 %3</translation>
    </message>
    <message>
        <source>restoring api.yaml from %1 failed: %2</source>
        <translation>从 %1 恢复 api.yaml 失败：%2</translation>
    </message>
    <message>
        <source>no active keys (%1 of %1 invalid)</source>
        <translation>没有可用密钥（%1 个全部无效）</translation>
    </message>
    <message>
        <source>critical: %1</source>
        <translation>严重：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>warning (slow): %1</source>
        <translation>警告（响应慢）：%1</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed in the last %3 h (%4)</source>
        <translation>最近 %3 小时 %2 个请求中 %1 个失败（%4）</translation>
    </message>
    <message>
        <source>probe not possible, gpt-load did not answer: %1</source>
        <translation>无法探测，gpt-load 无响应：%1</translation>
    </message>
    <message>
        <source>model-list probe failed: %1</source>
        <translation>模型列表探测失败：%1</translation>
    </message>
    <message>
        <source>model-list probe answered HTTP %1</source>
        <translation>模型列表探测返回 HTTP %1</translation>
    </message>
    <message>
        <source>model-list probe: %1</source>
        <translation>模型列表探测：%1</translation>
    </message>
    <message>
        <source>model-list probe returned an empty list</source>
        <translation>模型列表探测返回空列表</translation>
    </message>
    <message numerus="yes">
        <source>model-list probe: the site listed %n models before filtering</source>
        <translation>
            <numerusform>模型列表探测：站点在过滤前列出 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>deep probe not possible, gpt-load did not answer: %1</source>
        <translation>无法深度探测，gpt-load 无响应：%1</translation>
    </message>
    <message>
        <source>deep probe failed: %1</source>
        <translation>深度探测失败：%1</translation>
    </message>
    <message>
        <source>deep probe completion answered HTTP %1</source>
        <translation>深度探测补全请求返回 HTTP %1</translation>
    </message>
    <message>
        <source>deep probe completion answered HTTP %1: %2</source>
        <translation>深度探测补全请求返回 HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1（模型 %2）</translation>
    </message>
    <message>
        <source>gpt-load did not answer: %1</source>
        <translation>gpt-load 无响应：%1</translation>
    </message>
    <message>
        <source>gpt-load answered group stats in an unknown format (neither stats_24_hour nor hourly_stats); this gpt-load version is not supported by the health check</source>
        <translation>gpt-load 返回的分组统计格式未知（既无 stats_24_hour 也无 hourly_stats）；健康检查不支持此 gpt-load 版本</translation>
    </message>
    <message>
        <source>reading group stats failed: %1</source>
        <translation>读取分组统计失败：%1</translation>
    </message>
    <message>
        <source>request logs unreadable (%1)</source>
        <translation>无法读取请求日志（%1）</translation>
    </message>
    <message>
        <source>%1 (log pages truncated)</source>
        <translation>%1（日志页已截断）</translation>
    </message>
    <message>
        <source>%1 (deep probe skipped: every model of the site group is high cost)</source>
        <translation>%1（跳过深度探测：该站点分组的所有模型都是高成本模型）</translation>
    </message>
    <message numerus="yes">
        <source>%n blacklisted keys restored before the probe</source>
        <translation>
            <numerusform>探测前恢复了 %n 个被拉黑的密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>restoring blacklisted keys failed: %1</source>
        <translation>恢复被拉黑的密钥失败：%1</translation>
    </message>
    <message>
        <source>next recovery probe not due yet</source>
        <translation>下一次恢复探测尚未到时间</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 final requests succeeded (%2), average %3 ms</source>
        <translation>
            <numerusform>%1 个最终请求中 %n 个成功（%2），平均 %3 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed checks; last: %1</source>
        <translation>
            <numerusform>连续 %n 次检查失败；最近一次：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from %1 after %2 attempts: %3</source>
        <translation>%1 在 %2 次尝试后仍无响应：%3</translation>
    </message>
    <message>
        <source>removed by a manual cleanup</source>
        <translation>手动清理移除</translation>
    </message>
    <message>
        <source>api.yaml was not written: %1</source>
        <translation>api.yaml 未写入：%1</translation>
    </message>
    <message>
        <source>api.yaml did not exist; uni-load created %1 with a new client key for uni-api&apos;s clients</source>
        <translation>api.yaml 不存在；uni-load 已创建 %1，并为 uni-api 的客户端生成了新的客户端密钥</translation>
    </message>
    <message numerus="yes">
        <source>gpt-load holds %n group(s) left by the original uni-load; import them on the Architecture page (Import) or with POST /api/adoption/import</source>
        <translation>
            <numerusform>gpt-load 中有 %n 个原版 uni-load 留下的分组；可在“架构”页（导入）或用 POST /api/adoption/import 导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed outside uni-load and was read again: %n gpt-load instance(s)</source>
        <translation>
            <numerusform>%1 在 uni-load 之外被修改，已重新读取：%n 个 gpt-load 实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the weight optimization changed %n weight(s)</source>
        <translation>
            <numerusform>权重优化调整了 %n 个权重</numerusform>
        </translation>
    </message>
    <message>
        <source>the weight optimization failed: %1</source>
        <translation>权重优化失败：%1</translation>
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
    <message>
        <source>Preferred test model (exempt from %1)</source>
        <translation>首选测试模型（不受 %1 限制）</translation>
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
        <translation>黑名单关键词</translation>
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
        <translation>高成本规则</translation>
    </message>
    <message>
        <source>e.g. o3-</source>
        <translation>例如 o3-</translation>
    </message>
    <message>
        <source>Models containing an enabled pattern are never used for key validation.</source>
        <translation>包含已启用规则的模型永远不会用于密钥验证。</translation>
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
    <name>ul::GettingStartedBox</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Add instance…</source>
        <translation>添加实例…</translation>
    </message>
    <message>
        <source>Show api.yaml</source>
        <translation>查看 api.yaml</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>添加站点…</translation>
    </message>
    <message>
        <source>To see the whole flow first, start uni-load --demo: it runs simulated gpt-load instances and AI sites, and reads or writes nothing of yours.</source>
        <translation>想先看看完整流程，可运行 uni-load --demo：它运行模拟的 gpt-load 实例和 AI 站点，不会读写你的任何文件。</translation>
    </message>
    <message>
        <source>It exists; uni-load changes only the providers it manages.</source>
        <translation>文件已存在；uni-load 只修改由它管理的提供方。</translation>
    </message>
    <message>
        <source>It does not exist yet; the first onboarding creates it.</source>
        <translation>文件尚不存在；首次接入站点时创建。</translation>
    </message>
    <message>
        <source>Neither it nor its directory exists yet; the first onboarding creates both. Make sure this is the file your uni-api reads.</source>
        <translation>文件及其目录都尚不存在；首次接入站点时一并创建。请确认这正是你的 uni-api 读取的文件。</translation>
    </message>
    <message>
        <source>Add a gpt-load instance</source>
        <translation>添加 gpt-load 实例</translation>
    </message>
    <message>
        <source>uni-load works through gpt-load&apos;s admin API: give it the instance&apos;s URL and its AUTH_KEY. They are saved in the instance file %1.</source>
        <translation>uni-load 通过 gpt-load 的管理 API 工作：填写实例的 URL 和 AUTH_KEY，它们保存在实例文件 %1 中。</translation>
    </message>
    <message>
        <source>Check where api.yaml is written</source>
        <translation>确认 api.yaml 的写入位置</translation>
    </message>
    <message>
        <source>The model groups are published to uni-api as providers in %1.</source>
        <translation>模型分组以提供方的形式发布到 uni-api 的 %1。</translation>
    </message>
    <message>
        <source>(no path configured)</source>
        <translation>（未配置路径）</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>添加站点</translation>
    </message>
    <message>
        <source>A base URL and its API keys: uni-load discovers the models and builds the three layers in gpt-load.</source>
        <translation>只需基础 URL 和它的 API 密钥：uni-load 会发现模型，并在 gpt-load 中建立三层结构。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>ul::HealthChart</name>
    <message>
        <source>Success rate (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（ms）</translation>
    </message>
    <message>
        <source>Select a channel to see its history</source>
        <translation>选择一个渠道以查看其历史</translation>
    </message>
    <message>
        <source>%1: no checks recorded yet</source>
        <translation>%1：尚无检查记录</translation>
    </message>
    <message>
        <source>%1: health checks</source>
        <translation>%1：健康检查</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) with a success rate: latest %1 %, lowest %2 %</source>
        <translation>
            <numerusform>%n 次检查有成功率：最近 %1%，最低 %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>latency latest %1 ms, highest %2 ms</source>
        <translation>最近延迟 %1 ms，最高 %2 ms</translation>
    </message>
</context>
<context>
    <name>ul::HealthPage</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Failures (of %1)</source>
        <translation>失败次数（阈值 %1）</translation>
    </message>
    <message>
        <source>Test model</source>
        <translation>测试模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Checking: %1 (%2 of %3)</source>
        <translation>正在检查：%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>正在检查：%1</translation>
    </message>
    <message>
        <source>Health check finished: %1 checked, %2 healthy, %3 unhealthy, %4 inconclusive.</source>
        <translation>健康检查完成：检查 %1 个，健康 %2 个，不健康 %3 个，无法判断 %4 个。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Channel health monitor</source>
        <translation>渠道健康监控</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Reset all counters</source>
        <translation>重置所有计数</translation>
    </message>
    <message>
        <source>Reset counter</source>
        <translation>重置计数</translation>
    </message>
    <message>
        <source>Recover model:</source>
        <translation>恢复模型：</translation>
    </message>
    <message>
        <source>Try recovery now</source>
        <translation>立即尝试恢复</translation>
    </message>
    <message>
        <source>Cannot read the health history: %1</source>
        <translation>无法读取健康历史：%1</translation>
    </message>
    <message>
        <source>Checking now</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>last check %1</source>
        <translation>上次检查 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s): </source>
        <translation>
            <numerusform>%n 个渠道：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failing, %2 out of rotation; a channel is removed after %3 failed checks in a row.</source>
        <translation>%1 个异常，%2 个已移出轮换；渠道连续 %3 次检查失败后将被移出轮换。</translation>
    </message>
    <message>
        <source>Stop monitor</source>
        <translation>停止监控</translation>
    </message>
    <message>
        <source>Start monitor</source>
        <translation>启动监控</translation>
    </message>
    <message>
        <source>Re-enable now</source>
        <translation>立即重新启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Starting a health check…</source>
        <translation>正在启动健康检查…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Health monitor started.</source>
        <translation>健康监控已启动。</translation>
    </message>
    <message>
        <source>Health monitor stopped.</source>
        <translation>健康监控已停止。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Failure counter of %1 reset.</source>
        <translation>%1 的失败计数已重置。</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>未重置：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n failure counter(s) reset.</source>
        <translation>
            <numerusform>已重置 %n 个失败计数。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back in rotation.</source>
        <translation>%1 已重新加入轮换。</translation>
    </message>
    <message>
        <source>%1 is out of rotation until re-enabled.</source>
        <translation>%1 已移出轮换，直到重新启用。</translation>
    </message>
    <message>
        <source>Model groups updated: %1</source>
        <translation>已更新的模型分组：%1</translation>
    </message>
    <message>
        <source>Trying %1 on %2…</source>
        <translation>正在 %2 上尝试 %1…</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>%1 recovered: back in rotation.</source>
        <translation>%1 已恢复：重新加入轮换。</translation>
    </message>
    <message>
        <source>%1 is still failing; next attempt %2.</source>
        <translation>%1 仍然失败；下次尝试 %2。</translation>
    </message>
    <message>
        <source>No channels yet: the site groups of onboarded sites are checked here.</source>
        <translation>暂无渠道：已接入站点的站点分组会在这里检查。</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>No channel matches the filter.</source>
        <translation>没有渠道符合筛选条件。</translation>
    </message>
    <message>
        <source>Filter by channel, site, instance, state…</source>
        <translation>按渠道、站点、实例、状态筛选…</translation>
    </message>
    <message>
        <source>Select a channel.</source>
        <translation>请选择一个渠道。</translation>
    </message>
    <message>
        <source>The channel offers no model to try.</source>
        <translation>该渠道没有可尝试的模型。</translation>
    </message>
    <message>
        <source>Probe the selected model on this channel now and put it back in rotation if it answers</source>
        <translation>立即在该渠道上探测所选模型，若有响应则放回轮换</translation>
    </message>
    <message>
        <source>Disabled by the operator: Re-enable now puts it back.</source>
        <translation>已由操作员停用：使用“立即重新启用”放回。</translation>
    </message>
    <message>
        <source>The channel is not failing: there is nothing to recover.</source>
        <translation>该渠道没有异常，无需恢复。</translation>
    </message>
    <message>
        <source>Take the channel %1 (site %2) out of rotation?</source>
        <translation>将渠道 %1（站点 %2）移出轮换？</translation>
    </message>
    <message>
        <source>It is not a member of any model group now.</source>
        <translation>它目前不属于任何模型分组。</translation>
    </message>
    <message numerus="yes">
        <source>Its upstream is removed from %n model group(s): %1.</source>
        <translation>
            <numerusform>它的上游将从 %n 个模型分组中移除：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The health monitor does not put it back; only Re-enable now does.</source>
        <translation>健康监控不会将其放回，只有“立即重新启用”可以。</translation>
    </message>
    <message>
        <source>Disable channel</source>
        <translation>停用渠道</translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s) would be left with no other active member and stop serving until it is re-enabled: %1.</source>
        <translation>
            <numerusform>%n 个模型分组将没有其他活跃成员，在重新启用之前停止服务：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探测</translation>
    </message>
    <message>
        <source>Deep (billable)</source>
        <translation>深度（计费）</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Deep probe (billable)</source>
        <translation>深度探测（计费）</translation>
    </message>
    <message>
        <source>When a channel&apos;s statistics and logs are inconclusive, check it with a real completion (max_tokens 1, the cheapest model that matches no high-cost pattern) instead of the free model-list request.
Each check sends one billable request per channel. The setting belongs to the site: it applies to all of its channels.</source>
        <translation>当渠道的统计和日志无法得出结论时，用一次真实的补全请求（max_tokens 1，使用不匹配高成本规则的最便宜模型）检查它，而不是免费的模型列表请求。
每次检查为每个渠道发送一次计费请求。此设置属于站点：对其所有渠道生效。</translation>
    </message>
    <message>
        <source>Turn on the deep probe for site %1?</source>
        <translation>为站点 %1 启用深度探测？</translation>
    </message>
    <message>
        <source>When a channel&apos;s statistics and logs are inconclusive, the health check then sends a real completion (max_tokens 1, the cheapest model that matches no high-cost pattern) instead of the free model-list request.</source>
        <translation>当渠道的统计和日志无法得出结论时，健康检查将发送一次真实的补全请求（max_tokens 1，使用不匹配高成本规则的最便宜模型），而不是免费的模型列表请求。</translation>
    </message>
    <message numerus="yes">
        <source>Cost: each check sends one billable request per channel — for %n channel(s) of this site, every time the monitor runs.</source>
        <translation>
            <numerusform>费用：每次检查为每个渠道发送一次计费请求——此站点共 %n 个渠道，监控每运行一次就发送一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deep probe</source>
        <translation>深度探测</translation>
    </message>
    <message>
        <source>Turn on deep probe</source>
        <translation>启用深度探测</translation>
    </message>
    <message>
        <source>Deep probe of %1 is off: checks use the free model-list request.</source>
        <translation>%1 的深度探测已关闭：检查使用免费的模型列表请求。</translation>
    </message>
    <message>
        <source>Deep probe of %1 is on: each check sends one billable request per channel.</source>
        <translation>%1 的深度探测已开启：每次检查为每个渠道发送一次计费请求。</translation>
    </message>
    <message>
        <source>Every model of %1 matches a high-cost pattern: these channels keep the free probe.</source>
        <translation>%1 的所有模型都匹配高成本规则：这些渠道继续使用免费探测。</translation>
    </message>
    <message>
        <source>Enabled, every %1</source>
        <translation>已启用，每 %1</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>阈值…</translation>
    </message>
    <message>
        <source>When a channel counts as unhealthy and how it comes back</source>
        <translation>渠道何时算作不健康，以及如何恢复</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Health check cancelled.</source>
        <translation>健康检查已取消。</translation>
    </message>
    <message>
        <source>Health check failed: %1</source>
        <translation>健康检查失败：%1</translation>
    </message>
</context>
<context>
    <name>ul::HealthThresholdsDialog</name>
    <message>
        <source>Health thresholds</source>
        <translation>健康阈值</translation>
    </message>
    <message>
        <source>When a channel counts as unhealthy, and how a channel taken out of rotation comes back. The failure threshold and the check interval are CHANNEL_FAILURE_THRESHOLD and CHANNEL_CHECK_INTERVAL in Settings. Changes apply from the next check.</source>
        <translation>渠道何时算作不健康，以及移出轮换的渠道如何恢复。失败阈值和检查间隔是设置中的 CHANNEL_FAILURE_THRESHOLD 和 CHANNEL_CHECK_INTERVAL。更改从下一次检查起生效。</translation>
    </message>
    <message>
        <source>Fewer requests (statistics) or finished log entries than this leave the check inconclusive.</source>
        <translation>请求数（统计）或已完成的日志条目少于此数时，检查结果为“无法判断”。</translation>
    </message>
    <message>
        <source>From gpt-load&apos;s statistics of the channel: at or above this rate the check fails.</source>
        <translation>依据 gpt-load 对该渠道的统计：达到或超过此比率时检查失败。</translation>
    </message>
    <message>
        <source>From the request logs: below this rate the check fails.</source>
        <translation>依据请求日志：低于此比率时检查失败。</translation>
    </message>
    <message>
        <source>From the request logs: below this rate the check fails with a warning. Not below the rate above.</source>
        <translation>依据请求日志：低于此比率时检查以警告失败。不得低于上一项比率。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>From the request logs: a slower average request fails the check.</source>
        <translation>依据请求日志：平均请求更慢时检查失败。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How far back each check reads the request logs.</source>
        <translation>每次检查向前读取多长时间的请求日志。</translation>
    </message>
    <message>
        <source>A channel out of rotation comes back after this many successful probes in a row.</source>
        <translation>移出轮换的渠道在连续这么多次探测成功后恢复。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Doubles after every failed probe, up to the longest wait.</source>
        <translation>每次探测失败后加倍，直到最长等待。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation>引擎未运行。</translation>
    </message>
    <message>
        <source>Cannot read the thresholds: %1</source>
        <translation>无法读取阈值：%1</translation>
    </message>
    <message>
        <source>Defaults filled in; Save stores them.</source>
        <translation>已填入默认值；点击保存后生效。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved; the next check uses these thresholds.</source>
        <translation>已保存；下一次检查将使用这些阈值。</translation>
    </message>
    <message>
        <source>&amp;Requests needed for a verdict:</source>
        <translation>判定所需请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Unhealthy at a &amp;failure rate of:</source>
        <translation>失败率达到此值即不健康(&amp;F)：</translation>
    </message>
    <message>
        <source>Unhealthy below a &amp;success rate of:</source>
        <translation>成功率低于此值即不健康(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Warning below a success rate of:</source>
        <translation>成功率低于此值即警告(&amp;W)：</translation>
    </message>
    <message>
        <source>Too s&amp;low above an average of:</source>
        <translation>平均耗时超过此值即过慢(&amp;L)：</translation>
    </message>
    <message>
        <source>Request l&amp;ogs read per check:</source>
        <translation>每次检查读取的请求日志(&amp;O)：</translation>
    </message>
    <message>
        <source>Successful &amp;probes to restore:</source>
        <translation>恢复所需的成功探测次数(&amp;P)：</translation>
    </message>
    <message>
        <source>W&amp;ait after a failed probe:</source>
        <translation>探测失败后的等待(&amp;A)：</translation>
    </message>
    <message>
        <source>Lon&amp;gest wait between probes:</source>
        <translation>两次探测之间的最长等待(&amp;G)：</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
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
        <source>An instance may list in upstream_addresses only instances below it.</source>
        <translation>实例的 upstream_addresses 中只能列出位于它下方的实例。</translation>
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
    <message>
        <source>Cannot save while the file on disk cannot be loaded (see above).</source>
        <translation>磁盘上的实例文件无法加载，因此无法保存（见上方）。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Discard the changes to the instance file? Nothing has been saved yet.</source>
        <translation>放弃对实例文件的更改？尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Instance file: %1 (does not exist yet; Save creates it)</source>
        <translation>实例文件：%1（尚不存在，保存时创建）</translation>
    </message>
    <message>
        <source>Opens the instance file in the desktop&apos;s text editor.</source>
        <translation>用桌面的文本编辑器打开实例文件。</translation>
    </message>
    <message>
        <source>Opens the folder of the instance file in the file manager.</source>
        <translation>在文件管理器中打开实例文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Reads the file again, after it was fixed.</source>
        <translation>修复后重新读取该文件。</translation>
    </message>
    <message>
        <source>The file on disk cannot be loaded (%1), so it cannot be edited here: saving would replace what cannot be read. Fix it in a text editor (Open file), then Reload.</source>
        <translation>磁盘上的文件无法加载（%1），因此不能在这里编辑：保存会覆盖无法读取的内容。请在文本编辑器中修复（打开文件），然后点击“重新读取”。</translation>
    </message>
    <message>
        <source>Could not open the folder of %1: no file manager is available.</source>
        <translation>无法打开 %1 所在的文件夹：没有可用的文件管理器。</translation>
    </message>
    <message>
        <source>Could not open %1: no application is available for it.</source>
        <translation>无法打开 %1：没有可打开它的应用程序。</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>上移(&amp;V)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>管理令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>uni-api &amp;base URL:</source>
        <translation>uni-api 基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Upstream a&amp;ddresses:</source>
        <translation>上游地址(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Turn TLS certificate ve&amp;rification off (insecure)</source>
        <translation>关闭 TLS 证书验证（不安全）(&amp;R)</translation>
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
    <message>
        <source>Not used (http)</source>
        <translation>未使用（http）</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
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
    <message>
        <source>%1: </source>
        <comment>a field of the instance file, before its problem</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No gpt-load instance is configured: add one, and it is written to the instance file.</source>
        <translation>尚未配置 gpt-load 实例：添加一个后会写入实例文件。</translation>
    </message>
    <message>
        <source>The instance file cannot be loaded (see above), so no instance is shown.</source>
        <translation>实例文件无法加载（见上方），因此不显示任何实例。</translation>
    </message>
    <message>
        <source>No instance file yet. Add your first gpt-load instance (its URL and admin token); Save creates %1.</source>
        <translation>尚无实例文件。请添加第一个 gpt-load 实例（URL 和管理令牌）；保存时会创建 %1。</translation>
    </message>
    <message>
        <source>Add instance…</source>
        <translation>添加实例…</translation>
    </message>
    <message>
        <source>Restrict permissions</source>
        <translation>限制权限</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Opens the instance file in the desktop&apos;s text editor.</source>
        <translation>用桌面的文本编辑器打开实例文件。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Opens the folder of the instance file in the file manager.</source>
        <translation>在文件管理器中打开实例文件所在的文件夹。</translation>
    </message>
    <message>
        <source>The instance file cannot be loaded: fix it in a text editor first (Open file), then Edit… shows whether it loads.</source>
        <translation>实例文件无法加载：请先在文本编辑器中修复（打开文件），然后用“编辑…”查看能否加载。</translation>
    </message>
    <message numerus="yes">
        <source>The instance file loads now: %n instance(s).</source>
        <translation>
            <numerusform>实例文件现在可以加载：%n 个实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions not changed: %1</source>
        <translation>权限未更改：%1</translation>
    </message>
    <message>
        <source>%1 is now readable and writable by its owner only (0600).</source>
        <translation>%1 现在仅所有者可读写（0600）。</translation>
    </message>
    <message>
        <source>Could not open the folder of %1: no file manager is available.</source>
        <translation>无法打开 %1 所在的文件夹：没有可用的文件管理器。</translation>
    </message>
    <message>
        <source>Could not open %1: no application is available for it.</source>
        <translation>无法打开 %1：没有可打开它的应用程序。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Site groups on</source>
        <translation>站点分组所在实例</translation>
    </message>
    <message>
        <source>New site groups go to</source>
        <translation>新站点分组所在实例</translation>
    </message>
    <message>
        <source>automatic (by reachability)</source>
        <translation>自动（按可达性）</translation>
    </message>
    <message>
        <source>No site yet: sites are listed here once they are added.</source>
        <translation>尚无站点：添加站点后会列在这里。</translation>
    </message>
    <message>
        <source>Automatic (by reachability)</source>
        <translation>自动（按可达性）</translation>
    </message>
    <message>
        <source>Not reassigned: %1</source>
        <translation>未重新分配：%1</translation>
    </message>
    <message>
        <source>New site groups of %1 go to the instance chosen by reachability.</source>
        <translation>%1 的新站点分组将放在按可达性选择的实例上。</translation>
    </message>
    <message>
        <source>New site groups of %1 go to %2.</source>
        <translation>%1 的新站点分组将放在 %2 上。</translation>
    </message>
    <message>
        <source>Site assignments</source>
        <translation>站点分配</translation>
    </message>
    <message>
        <source>The instance a site&apos;s new site groups are created on. Reassigning changes no existing group: Promote and Demote on the Sites page move one.</source>
        <translation>站点新建的站点分组所在的实例。重新分配不改变已有分组：在“站点”页用“提升…”和“降级…”移动分组。</translation>
    </message>
    <message>
        <source>Selected site&apos;s new groups go to:</source>
        <translation>所选站点的新分组放在：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>ul::JobCancelButton</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running operation after its current step; what is done so far stays</source>
        <translation>在当前步骤完成后停止正在运行的操作；已完成的部分保留</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>将在当前步骤完成后取消…</translation>
    </message>
</context>
<context>
    <name>ul::JobTracker</name>
    <message>
        <source>Reconciliation finished.</source>
        <translation>调和完成。</translation>
    </message>
    <message>
        <source>Running: %1 (%2 of %3)</source>
        <translation>运行中：%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message>
        <source>Reconciliation cancelled; what was applied so far stays.</source>
        <translation>调和已取消；已应用的部分保持不变。</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>调和失败：%1</translation>
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
    <message>
        <source>Instance id: %1</source>
        <translation>实例 ID：%1</translation>
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
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Sort (fixed)</source>
        <translation>排序（固定）</translation>
    </message>
    <message>
        <source>L2 model channel groups</source>
        <translation>L2 模型渠道分组</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ul::LayersPage</name>
    <message>
        <source>Layers &amp; filters</source>
        <translation>分层与过滤</translation>
    </message>
    <message>
        <source>layer settings</source>
        <translation>分层设置</translation>
    </message>
    <message>
        <source>filter rules</source>
        <translation>过滤规则</translation>
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
    <message>
        <source>uni-load console (demo)</source>
        <translation>uni-load 控制台（演示）</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>添加站点(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Focus the current page&apos;s filter</source>
        <translation>聚焦当前页面的筛选框</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Quit uni-load</source>
        <translation>退出 uni-load</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a page and its unsaved changes</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between unsaved changes</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Quit uni-load now?</source>
        <translation>现在退出 uni-load？</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) not finished:</source>
        <translation>
            <numerusform>%n 个任务尚未完成：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• 另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitting stops them: queued jobs are cancelled and the running one stops at once, its requests aborted. What it has done so far stays in gpt-load and api.yaml; running it again completes it.</source>
        <translation>退出会停止它们：排队的任务被取消，正在运行的任务立即停止并中止其请求。已完成的部分保留在 gpt-load 和 api.yaml 中，再次运行即可补完。</translation>
    </message>
    <message>
        <source>These changes are not saved and will be lost:</source>
        <translation>以下更改尚未保存，将会丢失：</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>ul::MessageBanner</name>
    <message>
        <source>Information</source>
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
</context>
<context>
    <name>ul::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>listed, no L2</source>
        <translation>已列出，无 L2</translation>
    </message>
    <message>
        <source>L2, not in L3</source>
        <translation>L2，不在 L3 中</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>L3 group</source>
        <translation>L3 分组</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Site group</source>
        <translation>站点分组</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>L2 group</source>
        <translation>L2 分组</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>In L3</source>
        <translation>在 L3 中</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Double-click to change (1 … %1)</source>
        <translation>双击修改（1 … %1）</translation>
    </message>
    <message>
        <source>Weight from</source>
        <translation>权重来源</translation>
    </message>
    <message>
        <source>Site group health</source>
        <translation>站点分组健康状态</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>保存权重</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Cannot read the model groups: %1</source>
        <translation>无法读取模型分组：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved weight change(s).</source>
        <translation>
            <numerusform>%n 处权重修改尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights not saved: %1</source>
        <translation>权重未保存：%1</translation>
    </message>
    <message>
        <source>Saving weights and applying them to gpt-load…</source>
        <translation>正在保存权重并应用到 gpt-load…</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) saved; gpt-load gets them with the next reconciliation: %1</source>
        <translation>
            <numerusform>已保存 %n 个权重；gpt-load 将在下次调和时获得它们：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) saved and applied to gpt-load.</source>
        <translation>
            <numerusform>已保存 %n 个权重并已应用到 gpt-load。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2.</source>
        <comment>models over site groups</comment>
        <translation>%1，分布于 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s)</source>
        <translation>
            <numerusform>%n 个站点分组</numerusform>
        </translation>
    </message>
    <message>
        <source>No L2 group yet: the next reconciliation creates it.</source>
        <translation>尚无 L2 分组：下一次调和时创建。</translation>
    </message>
    <message>
        <source>No models yet: they appear once a site is onboarded.</source>
        <translation>暂无模型：接入站点后会显示在这里。</translation>
    </message>
    <message>
        <source>No model matches the filter.</source>
        <translation>没有与筛选条件匹配的模型。</translation>
    </message>
    <message>
        <source>Not a member: the model has no model group in the %1 format yet. The next reconciliation creates one; if its name belongs to another model, the plan&apos;s warnings say so.</source>
        <translation>不是成员：该模型还没有 %1 格式的模型分组。下一次调和会创建它；如果其名称已属于另一个模型，计划的警告会说明。</translation>
    </message>
    <message>
        <source>%1 (%2 format): no healthy member, every upstream is out of rotation</source>
        <translation>%1（%2 格式）：没有健康的成员，所有上游都已移出轮换</translation>
    </message>
    <message>
        <source>%1 (%2 format)</source>
        <translation>%1（%2 格式）</translation>
    </message>
    <message>
        <source>%1 (%2 format): %3</source>
        <translation>%1（%2 格式）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n weight change(s)</source>
        <translation>
            <numerusform>%n 项权重更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimize weights…</source>
        <translation>优化权重…</translation>
    </message>
    <message>
        <source>Propose weights from the failure rates gpt-load counted, and apply them</source>
        <translation>按 gpt-load 统计的失败率提出权重并应用</translation>
    </message>
    <message>
        <source>Weights set by the optimizer.</source>
        <translation>权重已由优化器设置。</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Active site groups</source>
        <translation>活跃站点分组</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Models and the sites serving them</source>
        <translation>模型及提供它们的站点</translation>
    </message>
    <message>
        <source>Members of the selected model group</source>
        <translation>所选模型分组的成员</translation>
    </message>
</context>
<context>
    <name>ul::NotificationArea</name>
    <message>
        <source>Dismiss all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Information</source>
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
        <source>Dismiss</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Dismiss this notification</source>
        <translation>清除这条通知</translation>
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
    <message>
        <source>No operations match: gpt-load and api.yaml changes are recorded here.</source>
        <translation>没有匹配的操作：对 gpt-load 和 api.yaml 的更改会记录在这里。</translation>
    </message>
    <message>
        <source>Show journal entries with this outcome</source>
        <translation>显示此结果的日志条目</translation>
    </message>
    <message>
        <source>Show log lines of this level and above</source>
        <translation>显示此级别及以上的日志行</translation>
    </message>
    <message>
        <source>Show log lines of this category</source>
        <translation>显示此类别的日志行</translation>
    </message>
</context>
<context>
    <name>ul::ProxyKeysBox</name>
    <message>
        <source>Proxy keys</source>
        <translation>代理密钥</translation>
    </message>
    <message>
        <source>The hop key lets the layers of gpt-load call each other; the gateway key is what uni-api sends. Rotate a key when it may have leaked.</source>
        <translation>中转密钥供 gpt-load 各层之间相互调用；网关密钥是 uni-api 发送的密钥。密钥可能泄露时请轮换。</translation>
    </message>
    <message>
        <source>Rotate hop key</source>
        <translation>轮换中转密钥</translation>
    </message>
    <message>
        <source>Rotate gateway key</source>
        <translation>轮换网关密钥</translation>
    </message>
    <message>
        <source>Generate a new hop key?

The new key is added to every site group, model-channel group and model group pool next to the old one; then the old key is removed. Requests keep working during the rotation.</source>
        <translation>生成新的中转密钥？

新密钥先与旧密钥并存，加入每个站点分组、模型渠道分组和模型分组的密钥池，然后删除旧密钥。轮换期间请求不会中断。</translation>
    </message>
    <message>
        <source>Generate a new gateway key?

The new key is added to every model group next to the old one, api.yaml is rewritten to send it, and then the old key is removed. uni-api sends the new key once it has read the new api.yaml; anyone else using the old gateway key is refused afterwards.</source>
        <translation>生成新的网关密钥？

新密钥先与旧密钥并存，加入每个模型分组，api.yaml 改写为发送新密钥，然后删除旧密钥。uni-api 读取新的 api.yaml 后即发送新密钥；之后仍使用旧网关密钥的调用方将被拒绝。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>轮换失败：%1</translation>
    </message>
    <message>
        <source>the engine is not running</source>
        <translation>引擎未运行</translation>
    </message>
    <message>
        <source>Rotating… the groups and api.yaml are being updated.</source>
        <translation>正在轮换…正在更新分组和 api.yaml。</translation>
    </message>
    <message>
        <source>Rotated. Hop key %1, gateway key %2.</source>
        <translation>已轮换。中转密钥 %1，网关密钥 %2。</translation>
    </message>
    <message>
        <source>Rotate hop key…</source>
        <translation>轮换中转密钥…</translation>
    </message>
    <message>
        <source>Rotate gateway key…</source>
        <translation>轮换网关密钥…</translation>
    </message>
</context>
<context>
    <name>ul::ReloadText</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>admin call</source>
        <translation>管理接口调用</translation>
    </message>
    <message>
        <source>restart command</source>
        <translation>重启命令</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>restart uni-api to apply</source>
        <translation>需重启 uni-api 才能生效</translation>
    </message>
    <message>
        <source>the written models are live</source>
        <translation>写入的模型已生效</translation>
    </message>
    <message>
        <source>written but not live %1</source>
        <translation>已写入但未生效 %1</translation>
    </message>
    <message>
        <source>live check failed: %1</source>
        <translation>生效检查失败：%1</translation>
    </message>
    <message>
        <source>Reloading uni-api…</source>
        <translation>正在重新加载 uni-api…</translation>
    </message>
    <message>
        <source>Not needed: uni-api&apos;s Rust runtime reloads api.yaml by itself.</source>
        <translation>无需操作：uni-api 的 Rust 运行时会自行重新加载 api.yaml。</translation>
    </message>
    <message>
        <source>None (Python runtime): restart uni-api after api.yaml changes, or set UNI_API_RELOAD.</source>
        <translation>未设置（Python 运行时）：api.yaml 更改后请重启 uni-api，或设置 UNI_API_RELOAD。</translation>
    </message>
    <message>
        <source>After each change of api.yaml: %1.</source>
        <translation>api.yaml 每次更改后：%1。</translation>
    </message>
    <message>
        <source>Last reload %1 (%2): %3</source>
        <translation>上次重新加载 %1（%2）：%3</translation>
    </message>
    <message>
        <source>(another reload is under way)</source>
        <translation>（另一次重新加载正在进行）</translation>
    </message>
    <message>
        <source>Not needed: uni-api&apos;s Rust runtime reloads api.yaml by itself (last change %1)</source>
        <translation>无需操作：uni-api 的 Rust 运行时会自行重新加载 api.yaml（最近一次更改 %1）</translation>
    </message>
    <message>
        <source>Last change %1 not applied by uni-load: restart uni-api, or set UNI_API_RELOAD</source>
        <translation>最近一次更改（%1）未由 uni-load 应用：请重启 uni-api，或设置 UNI_API_RELOAD</translation>
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
    <message>
        <source>New entry for %1</source>
        <translation>%1 的新条目</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从 %1 移除</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>在 %1 中上移</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>在 %1 中下移</translation>
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
    <name>ul::SettingSave</name>
    <message>
        <source>Saved, but %1 is set in %2, which takes precedence.</source>
        <translation>已保存，但 %1 已在 %2 中设置，该设置优先。</translation>
    </message>
    <message>
        <source>Saved; restart uni-load to apply it.</source>
        <translation>已保存，重启 uni-load 后生效。</translation>
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
        <translation>设为“none”时关闭 API 认证；仅在绑定回环地址时生效。</translation>
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
    <message>
        <source>Serve the HTTP API and web console while the desktop console runs (headless mode always does).</source>
        <translation>桌面控制台运行期间提供 HTTP API 和网页控制台（无界面模式始终提供）。</translation>
    </message>
    <message>
        <source>How api.yaml is written: &quot;atomic&quot; (a new file renamed over the old) or &quot;in-place&quot; (the file itself rewritten, for a single-file Docker bind mount, which keeps the old file after a rename).</source>
        <translation>api.yaml 的写入方式：“atomic”（写入新文件后重命名覆盖旧文件）或“in-place”（直接改写文件本身，用于 Docker 单文件绑定挂载——重命名后容器仍看到旧文件）。</translation>
    </message>
    <message>
        <source>uni-api runtime: &quot;rust&quot; (default image since August 2026; reloads api.yaml by itself within seconds) or &quot;python&quot; (older images, python main.py; reads api.yaml only at startup).</source>
        <translation>uni-api 运行时：“rust”（2026 年 8 月起的默认镜像；几秒内自行重新加载 api.yaml）或“python”（较旧的镜像、python main.py；只在启动时读取 api.yaml）。</translation>
    </message>
    <message>
        <source>How the Python runtime of uni-api is told about a change of api.yaml: &quot;none&quot;, &quot;api&quot; (POST /v1/api_config/update with the admin key; in memory only; not sent while a provider holds ${VAR} placeholders, which it does not expand) or &quot;command&quot; (run the restart command). Ignored for the Rust runtime, which needs nothing.</source>
        <translation>如何通知 uni-api 的 Python 运行时 api.yaml 已更改：“none”（不通知）、“api”（用管理员密钥调用 POST /v1/api_config/update；只在内存中生效；当有提供方含 ${VAR} 占位符时不发送，因为该接口不会展开它们）或“command”（运行重启命令）。Rust 运行时无需任何操作，此设置对其无效。</translation>
    </message>
    <message>
        <source>Base URL of uni-api (e.g. http://localhost:3003), for the reload call and for checking that written models are live.</source>
        <translation>uni-api 的基础 URL（例如 http://localhost:3003），用于重新加载调用和检查写入的模型是否已生效。</translation>
    </message>
    <message>
        <source>An admin key of uni-api (an api_keys entry with an admin role), for the reload call and the live check.</source>
        <translation>uni-api 的管理员密钥（api_keys 中带 admin 角色的条目），用于重新加载调用和生效检查。</translation>
    </message>
    <message>
        <source>Program and arguments that restart uni-api (e.g. docker restart uni-api), run without a shell when UNI_API_RELOAD is &quot;command&quot;; quote arguments that contain spaces. Set only here, in .env or the environment, never through the HTTP API.</source>
        <translation>重启 uni-api 的程序及参数（例如 docker restart uni-api），在 UNI_API_RELOAD 为“command”时不经 shell 直接运行；含空格的参数请加引号。只能在此处、.env 或环境变量中设置，不能通过 HTTP API 设置。</translation>
    </message>
    <message>
        <source>Set the weights of the model groups&apos; members from their failure rates, once per interval (weights you set by hand are kept).</source>
        <translation>按失败率设置模型分组成员的权重，每个周期一次（手动设置的权重保持不变）。</translation>
    </message>
    <message>
        <source>Weight optimization period in hours.</source>
        <translation>权重优化周期（小时）。</translation>
    </message>
    <message>
        <source>Number of api.yaml backups kept in its backup folder. One is made before every write that changes the file; the oldest beyond this number are deleted then.</source>
        <translation>api.yaml 备份文件夹中保留的备份数量。每次改动该文件的写入前都会备份一次，届时超出此数量的最旧备份会被删除。</translation>
    </message>
    <message>
        <source>Write the engine field (gpt, claude or gemini by channel type) into the providers uni-load manages in api.yaml, so that uni-api does not guess the request format from the model name. Off: the next write drops it from them; hand-written providers are never touched.</source>
        <translation>在 api.yaml 中由 uni-load 管理的提供方里写入 engine 字段（按渠道类型为 gpt、claude 或 gemini），使 uni-api 不再根据模型名称猜测请求格式。关闭后，下一次写入会从这些提供方中去掉该字段；手写的提供方从不改动。</translation>
    </message>
    <message>
        <source>When a site group is promoted or demoted to another gpt-load instance, copy its invalid keys as well as the active ones.</source>
        <translation>将站点分组提升或降级到另一个 gpt-load 实例时，除可用密钥外也复制其无效密钥。</translation>
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
        <translation>被%1覆盖，已保存的值不会使用</translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation>被%1覆盖</translation>
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
        <source>Saved value removed; the default applies after a restart.</source>
        <translation>已删除保存的值，重启后使用默认值。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>显示桌面通知</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>uni-load starts in the tray with your desktop session (%1).</source>
        <translation>uni-load 将随桌面会话启动并驻留在托盘（%1）。</translation>
    </message>
    <message>
        <source>uni-load no longer starts with your desktop session.</source>
        <translation>uni-load 不再随桌面会话启动。</translation>
    </message>
    <message>
        <source>Start with the desktop session (in the tray)</source>
        <translation>随桌面会话启动（驻留托盘）</translation>
    </message>
    <message>
        <source>Channel removed or restored, instance down or up, model changes. The window&apos;s notification area keeps them either way.</source>
        <translation>渠道移出或恢复、实例不可用或恢复、模型变化。窗口的通知区域总会保留这些通知。</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <source>Console and access</source>
        <translation>控制台与访问</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>全部设置</translation>
    </message>
</context>
<context>
    <name>ul::SetupState</name>
    <message>
        <source>No gpt-load instance is set up yet: a site&apos;s groups are created in one. Add an instance first.</source>
        <translation>尚未设置 gpt-load 实例：站点的分组要建在实例中。请先添加实例。</translation>
    </message>
    <message>
        <source>The instance file cannot be loaded, so no site can be onboarded until it is fixed.</source>
        <translation>实例文件无法加载，修复之前无法接入站点。</translation>
    </message>
    <message numerus="yes">
        <source>No gpt-load instance answers (%n configured), so onboarding would fail: check their URL and token on the Instances page.</source>
        <translation>
            <numerusform>没有 gpt-load 实例响应（已配置 %n 个），接入会失败：请在“实例”页检查其 URL 和令牌。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::SitePlanner</name>
    <message>
        <source>Not checked for name clashes (unreachable): %1</source>
        <translation>未检查名称冲突（无法访问）：%1</translation>
    </message>
    <message>
        <source>where the site&apos;s groups already are</source>
        <translation>站点分组当前所在的实例</translation>
    </message>
    <message>
        <source>assigned to this site</source>
        <translation>已指定给该站点</translation>
    </message>
    <message>
        <source>the first healthy instance, unless discovery succeeds on another one</source>
        <translation>第一个健康实例，除非在其他实例上发现成功</translation>
    </message>
    <message>
        <source>No gpt-load instance is healthy: onboarding will fail until one is.</source>
        <translation>没有健康的 gpt-load 实例：在有实例恢复健康之前接入会失败。</translation>
    </message>
    <message>
        <source>The probe found no model list (%1); models are discovered through gpt-load while onboarding.</source>
        <translation>探测未找到模型列表（%1）；接入时将通过 gpt-load 发现模型。</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Layer 1 site groups:</source>
        <translation>第 1 层站点分组：</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>创建 %1</translation>
    </message>
    <message>
        <source>update %1 (keys added, models discovered again)</source>
        <translation>更新 %1（添加密钥，重新发现模型）</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>密钥：</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 repeated dropped</source>
        <translation>
            <numerusform>%n 个密钥，已去除 %1 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) seen by the probe (after the filter rules)</source>
        <translation>
            <numerusform>探测到 %n 个模型（已应用过滤规则）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) entered by hand</source>
        <translation>
            <numerusform>手动输入 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer 2 model channel groups:</source>
        <translation>第 2 层模型渠道分组：</translation>
    </message>
    <message numerus="yes">
        <source>up to %n (one per model and format)</source>
        <translation>
            <numerusform>最多 %n 个（每个模型和格式一个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer 3 model groups:</source>
        <translation>第 3 层模型分组：</translation>
    </message>
    <message>
        <source>api.yaml:</source>
        <translation>api.yaml：</translation>
    </message>
    <message>
        <source>one managed provider per model group</source>
        <translation>每个模型分组一个受管理的提供方</translation>
    </message>
    <message>
        <source>discovered through a temporary gpt-load group while onboarding</source>
        <translation>接入时通过 gpt-load 临时分组发现</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>why this instance</comment>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n or more, created or extended (one per model and format)</source>
        <translation>
            <numerusform>%n 个或更多，新建或扩展（每个模型和格式一个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::SitesPage</name>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>L1 / L2 / L3</source>
        <translation>L1 / L2 / L3</translation>
    </message>
    <message>
        <source>Site group</source>
        <translation>站点分组</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>L2 groups</source>
        <translation>L2 分组</translation>
    </message>
    <message>
        <source>Test model</source>
        <translation>测试模型</translation>
    </message>
    <message>
        <source>Delete the site group &quot;%1&quot; on %2?</source>
        <translation>要删除 %2 上的站点分组“%1”吗？</translation>
    </message>
    <message>
        <source>This removes, in gpt-load and api.yaml:</source>
        <translation>这将在 gpt-load 和 api.yaml 中删除：</translation>
    </message>
    <message numerus="yes">
        <source>• the layer 1 site group %1 and its %n key(s)</source>
        <translation>
            <numerusform>• 第 1 层站点分组 %1 及其 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• its %n layer 2 model channel group(s)</source>
        <translation>
            <numerusform>• 它的 %n 个第 2 层模型渠道分组</numerusform>
        </translation>
    </message>
    <message>
        <source>• its upstream in every layer 3 model group that uses it; model groups left without upstreams are deleted, with their api.yaml providers</source>
        <translation>• 它在所有使用它的第 3 层模型分组中的上游；没有剩余上游的模型分组及其 api.yaml 提供方将被删除</translation>
    </message>
    <message>
        <source>• the site record &quot;%1&quot; (this is its last site group)</source>
        <translation>• 站点记录“%1”（这是它的最后一个站点分组）</translation>
    </message>
    <message>
        <source>Hand-written groups and providers are not touched. This cannot be undone.</source>
        <translation>手写的分组和提供方不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>添加站点…</translation>
    </message>
    <message>
        <source>Filter by name, format, instance, health…</source>
        <translation>按名称、格式、实例、健康状态筛选…</translation>
    </message>
    <message>
        <source>Add keys…</source>
        <translation>添加密钥…</translation>
    </message>
    <message>
        <source>Re-sync models</source>
        <translation>重新同步模型</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Onboarded %1.</source>
        <translation>已接入 %1。</translation>
    </message>
    <message>
        <source>Discovering the models of %1 again…</source>
        <translation>正在重新发现 %1 的模型…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Delete site group</source>
        <translation>删除站点分组</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %n model group(s) deleted</source>
        <translation>
            <numerusform>已删除 %1：删除了 %n 个模型分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新了 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>site %1 removed</source>
        <translation>站点 %1 已移除</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Promoting %1…</source>
        <translation>正在提升 %1…</translation>
    </message>
    <message>
        <source>Demoting %1…</source>
        <translation>正在降级 %1…</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 from %2 to %3 (%n key(s) copied).</source>
        <translation>
            <numerusform>已将 %1 从 %2 移到 %3（复制了 %n 个密钥）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — 失败</translation>
    </message>
    <message>
        <source>Models last listed successfully: %1</source>
        <translation>上次成功获取模型列表：%1</translation>
    </message>
    <message>
        <source>Delete the selected site group (%1)</source>
        <translation>删除选中的站点分组（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a deletion summary</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>No site is onboarded yet. Add site… onboards one: a base URL and its API keys are all it needs.</source>
        <translation>尚未接入任何站点。点击“添加站点…”即可接入：只需基础 URL 和它的 API 密钥。</translation>
    </message>
    <message>
        <source>No site matches the filter.</source>
        <translation>没有与筛选条件匹配的站点。</translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation>上次检查 %1：%2</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>提升…</translation>
    </message>
    <message>
        <source>Demote…</source>
        <translation>降级…</translation>
    </message>
    <message>
        <source>Keys added to %1.</source>
        <translation>已向 %1 添加密钥。</translation>
    </message>
    <message>
        <source>Select a site group.</source>
        <translation>请选择一个站点分组。</translation>
    </message>
    <message>
        <source>There is only one gpt-load instance.</source>
        <translation>只有一个 gpt-load 实例。</translation>
    </message>
    <message>
        <source>%1 is already on the highest-priority instance.</source>
        <translation>%1 已在优先级最高的实例上。</translation>
    </message>
    <message>
        <source>%1 is already on the lowest-priority instance.</source>
        <translation>%1 已在优先级最低的实例上。</translation>
    </message>
    <message>
        <source>Move %1 to %2 (higher priority)</source>
        <translation>将 %1 移到 %2（更高优先级）</translation>
    </message>
    <message>
        <source>Move %1 to %2 (lower priority)</source>
        <translation>将 %1 移到 %2（更低优先级）</translation>
    </message>
    <message>
        <source>Promote the site group %1 from %2 to %3?</source>
        <translation>将站点分组 %1 从 %2 提升到 %3？</translation>
    </message>
    <message>
        <source>Demote the site group %1 from %2 to %3?</source>
        <translation>将站点分组 %1 从 %2 降级到 %3？</translation>
    </message>
    <message numerus="yes">
        <source>This creates %1 on %2 with a copy of its %n key(s), points its layer 2 model channel groups at the new group, then deletes the group on %3.</source>
        <translation>
            <numerusform>这会在 %2 上创建 %1 并复制其 %n 个密钥，将其第 2 层模型渠道分组指向新分组，然后删除 %3 上的分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its models are served through %1 from then on; requests under way during the switch may fail once.</source>
        <translation>此后其模型经由 %1 提供服务；切换期间进行中的请求可能失败一次。</translation>
    </message>
    <message>
        <source>Promote site group</source>
        <translation>提升站点分组</translation>
    </message>
    <message>
        <source>Demote site group</source>
        <translation>降级站点分组</translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation>自动选择</translation>
    </message>
    <message>
        <source>Chosen by the operator</source>
        <translation>由操作员选择</translation>
    </message>
    <message>
        <source>Matches a high-cost pattern: every key validation is an expensive request.</source>
        <translation>匹配高成本规则：每次密钥验证都是一次昂贵的请求。</translation>
    </message>
    <message>
        <source>Test model…</source>
        <translation>测试模型…</translation>
    </message>
    <message>
        <source>Choose the model gpt-load validates the site group&apos;s keys with</source>
        <translation>选择 gpt-load 验证该站点分组密钥所用的模型</translation>
    </message>
    <message>
        <source>Validate keys</source>
        <translation>验证密钥</translation>
    </message>
    <message>
        <source>Let gpt-load test every key of the site group now (one billable request per key)</source>
        <translation>让 gpt-load 立即测试该站点分组的每个密钥（每个密钥一次计费请求）</translation>
    </message>
    <message numerus="yes">
        <source>Validate the %n key(s) of %1 now?</source>
        <translation>
            <numerusform>现在验证 %1 的 %n 个密钥？</numerusform>
        </translation>
    </message>
    <message>
        <source>gpt-load tests every key with a real, billable request to the test model %1. Keys that fail count towards their blacklisting; keys that pass are put back in rotation.</source>
        <translation>gpt-load 会用测试模型 %1 为每个密钥发送一次真实的计费请求。失败的密钥会累计拉黑次数；通过的密钥会重新投入轮换。</translation>
    </message>
    <message>
        <source>Warning: %1 matches a high-cost pattern, so each of these requests is expensive. Choose a cheaper model with Test model… first unless you mean it.</source>
        <translation>警告：%1 匹配高成本规则，每个请求的费用都较高。除非确有需要，请先通过“测试模型…”选择更便宜的模型。</translation>
    </message>
    <message numerus="yes">
        <source>Keys of %1 validated with %2: %n key(s), %3 valid, %4 invalid.</source>
        <translation>
            <numerusform>已用 %2 验证 %1 的密钥：共 %n 个，有效 %3 个，无效 %4 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the key validation of %1…</source>
        <translation>正在启动 %1 的密钥验证…</translation>
    </message>
    <message>
        <source>No site is onboarded yet.</source>
        <translation>尚未接入任何站点。</translation>
    </message>
    <message>
        <source>Go to Instances</source>
        <translation>前往“实例”页</translation>
    </message>
    <message>
        <source>The Add site form is kept: choose Add site again once an instance is set up.</source>
        <translation>“添加站点”表单已保留：设置好实例后再次选择“添加站点”即可继续。</translation>
    </message>
    <message>
        <source>Models checked</source>
        <translation>模型检查于</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>The last check failed:</source>
        <translation>上次检查失败：</translation>
    </message>
    <message>
        <source>Validate keys…</source>
        <translation>验证密钥…</translation>
    </message>
    <message>
        <source>Listed through: %1</source>
        <translation>获取途径：%1</translation>
    </message>
    <message numerus="yes">
        <source>gpt-load holds %n invalid key(s) in a site group of this site; the site group table shows which.</source>
        <translation>
            <numerusform>此站点的站点分组中有 %n 个无效密钥；下方的站点分组表列出了具体是哪些。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 invalid)</source>
        <translation>%1（%2 个无效）</translation>
    </message>
    <message>
        <source>The keys uni-load uploaded. gpt-load&apos;s key pool (active and invalid keys) is read by the next health check.</source>
        <translation>uni-load 上传的密钥数。gpt-load 的密钥池（可用与无效密钥）将在下一次健康检查时读取。</translation>
    </message>
    <message>
        <source>gpt-load&apos;s key pool at %1: %2 active, %3 invalid of %4.</source>
        <translation>gpt-load 密钥池（%1）：%4 个中可用 %2 个，无效 %3 个。</translation>
    </message>
    <message>
        <source>gpt-load re-tests invalid keys on its own schedule; Validate keys… re-tests them now.</source>
        <translation>gpt-load 会按自己的计划重新测试无效密钥；“验证密钥…”会立即重新测试。</translation>
    </message>
    <message>
        <source>Remove invalid keys…</source>
        <translation>删除无效密钥…</translation>
    </message>
    <message>
        <source>gpt-load&apos;s key pool of %1 has not been read yet: the next health check reads it.</source>
        <translation>尚未读取 %1 的 gpt-load 密钥池：下一次健康检查会读取。</translation>
    </message>
    <message>
        <source>gpt-load holds no invalid key in %1.</source>
        <translation>gpt-load 中 %1 没有无效密钥。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n key(s) gpt-load took out of the pool of %1</source>
        <translation>
            <numerusform>删除 gpt-load 从 %1 的密钥池中移出的 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n invalid key(s) of %1 from gpt-load?</source>
        <translation>
            <numerusform>从 gpt-load 删除 %1 的 %n 个无效密钥？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gpt-load took them out of the key pool after they failed (revoked, quota spent) and keeps re-testing them. The %n active key(s) stay.</source>
        <translation>
            <numerusform>这些密钥失败（已吊销、额度用完）后已被 gpt-load 移出密钥池，并会被反复重新测试。%n 个可用密钥保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate keys… first if some may have recovered. A removed key comes back only with Add keys….</source>
        <translation>若部分密钥可能已恢复，请先“验证密钥…”。删除的密钥只能通过“添加密钥…”重新加入。</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid key(s) of %1 removed.</source>
        <translation>
            <numerusform>已删除 %1 的 %n 个无效密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool now holds %n key(s).</source>
        <translation>
            <numerusform>密钥池现有 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove invalid keys</source>
        <translation>删除无效密钥</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Removing the invalid keys of %1…</source>
        <translation>正在删除 %1 的无效密钥…</translation>
    </message>
    <message>
        <source>Site groups of the selected site</source>
        <translation>所选站点的站点分组</translation>
    </message>
</context>
<context>
    <name>ul::StateText</name>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Removed by health check</source>
        <translation>已被健康检查移除</translation>
    </message>
    <message>
        <source>Removed by cleanup</source>
        <translation>已被清理移除</translation>
    </message>
    <message>
        <source>Disabled by operator</source>
        <translation>已被操作员停用</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Partly active</source>
        <translation>部分活跃</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Queued for review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>检查出错</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>删除未完成</translation>
    </message>
    <message>
        <source>A channel is a site group (L1): one site in one format, as the original uni-load calls it.</source>
        <translation>渠道即站点分组（L1）：一个站点的一种格式，沿用原版 uni-load 的叫法。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ul::SyncPage</name>
    <message>
        <source>Site group</source>
        <translation>站点分组</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Sync settings saved.</source>
        <translation>同步设置已保存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Syncing: %1 (%2 of %3)</source>
        <translation>正在同步：%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>正在同步：%1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Model sync</source>
        <translation>模型同步</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Review changes before applying them</source>
        <translation>应用前先审核变更</translation>
    </message>
    <message>
        <source>Remove a model after it is missing in</source>
        <translation>模型连续缺失以下次数后移除：</translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <extracomment>after the number in &quot;Remove a model after it is missing in [2 runs]&quot;</extracomment>
        <translation>
            <numerusform> 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>批准所选</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>拒绝所选</translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>全部批准</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation>下次运行 %1</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>Waiting for review (%1)</source>
        <translation>等待审核（%1）</translation>
    </message>
    <message>
        <source>Cannot read the review queue: %1</source>
        <translation>无法读取审核队列：%1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <source>Starting a sync…</source>
        <translation>正在启动同步…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Model sync started.</source>
        <translation>模型同步已启动。</translation>
    </message>
    <message>
        <source>Model sync stopped.</source>
        <translation>模型同步已停止。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未处理：%1</translation>
    </message>
    <message>
        <source>%1 approved, %2 rejected.</source>
        <translation>已批准 %1 项，已拒绝 %2 项。</translation>
    </message>
    <message>
        <source>Last run %1 (%2): %3, %4 changed, %5 failed; %6 added, %7 removed, %8 queued.</source>
        <translation>上次运行 %1（%2）：%3，%4 个有变化，%5 个失败；新增 %6 个，移除 %7 个，%8 个待审核。</translation>
    </message>
    <message numerus="yes">
        <source>%n site group(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个站点分组</numerusform>
        </translation>
    </message>
    <message>
        <source>No model changes wait for review.</source>
        <translation>没有等待审核的模型变更。</translation>
    </message>
    <message>
        <source>No model sync has run yet.</source>
        <translation>尚未运行过模型同步。</translation>
    </message>
    <message>
        <source>Enabled, every %1</source>
        <translation>已启用，每 %1</translation>
    </message>
    <message>
        <source>Stop sync loop</source>
        <translation>停止定时同步</translation>
    </message>
    <message>
        <source>Start sync loop</source>
        <translation>启动定时同步</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Model changes</source>
        <translation>模型变更</translation>
    </message>
    <message>
        <source>%1 (follows the global setting)</source>
        <translation>%1（沿用全局设置）</translation>
    </message>
    <message>
        <source>No site yet.</source>
        <translation>尚无站点。</translation>
    </message>
    <message>
        <source>Review mode per site</source>
        <translation>按站点设置审核模式</translation>
    </message>
    <message>
        <source>Model changes of the selected site:</source>
        <translation>所选站点的模型变更：</translation>
    </message>
    <message>
        <source>Follow the global setting</source>
        <translation>沿用全局设置</translation>
    </message>
    <message>
        <source>Apply automatically</source>
        <translation>自动应用</translation>
    </message>
    <message>
        <source>Queue for review</source>
        <translation>排队等待审核</translation>
    </message>
    <message>
        <source>Queued for review</source>
        <translation>排队等待审核</translation>
    </message>
    <message>
        <source>Applied automatically</source>
        <translation>自动应用</translation>
    </message>
</context>
<context>
    <name>ul::TestModelDialog</name>
    <message>
        <source>Test model of %1</source>
        <translation>%1 的测试模型</translation>
    </message>
    <message>
        <source>gpt-load validates the keys of %1 with this model: every validation is a real, billable request. Automatic selection takes the cheapest model that matches no high-cost pattern.</source>
        <translation>gpt-load 用此模型验证 %1 的密钥：每次验证都是一次真实的计费请求。自动选择会选用不匹配高成本规则的最便宜模型。</translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation>引擎未运行。</translation>
    </message>
    <message>
        <source>Reading the models of %1…</source>
        <translation>正在读取 %1 的模型…</translation>
    </message>
    <message>
        <source>Cannot read the models: %1</source>
        <translation>无法读取模型：%1</translation>
    </message>
    <message>
        <source>Automatic (now %1, high cost)</source>
        <translation>自动选择（当前 %1，高成本）</translation>
    </message>
    <message>
        <source>Automatic (now %1)</source>
        <translation>自动选择（当前 %1）</translation>
    </message>
    <message>
        <source>%1 — high cost</source>
        <translation>%1 — 高成本</translation>
    </message>
    <message>
        <source>%1 matches a high-cost pattern: each key validation gpt-load runs sends a billable request with it. Prefer a small model.</source>
        <translation>%1 匹配高成本规则：gpt-load 每次验证密钥都会用它发送计费请求。建议选择小模型。</translation>
    </message>
    <message>
        <source>Updating gpt-load…</source>
        <translation>正在更新 gpt-load…</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Test model of %1: automatic (%2).</source>
        <translation>%1 的测试模型：自动选择（%2）。</translation>
    </message>
    <message>
        <source>Test model of %1: %2.</source>
        <translation>%1 的测试模型：%2。</translation>
    </message>
    <message>
        <source>%1 matches a high-cost pattern: each key validation gpt-load runs sends a billable request with it.</source>
        <translation>%1 匹配高成本规则：gpt-load 每次验证密钥都会用它发送计费请求。</translation>
    </message>
</context>
<context>
    <name>ul::TrayMonitor</name>
    <message>
        <source>Checking instances…</source>
        <translation>正在检查实例…</translation>
    </message>
    <message>
        <source>Background checks are off (Sync and Health pages)</source>
        <translation>后台检查已关闭（见同步和健康页面）</translation>
    </message>
    <message>
        <source>&amp;Open console</source>
        <translation>打开控制台(&amp;O)</translation>
    </message>
    <message>
        <source>Check &amp;instances now</source>
        <translation>立即检查实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sync models now</source>
        <translation>立即同步模型(&amp;S)</translation>
    </message>
    <message>
        <source>Check &amp;channels now</source>
        <translation>立即检查渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause background checks</source>
        <translation>暂停后台检查(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume background checks</source>
        <translation>恢复后台检查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit uni-load</source>
        <translation>退出 uni-load(&amp;Q)</translation>
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
    <message>
        <source>Channel removed: %1</source>
        <translation>渠道已移除：%1</translation>
    </message>
    <message>
        <source>Channel restored: %1</source>
        <translation>渠道已恢复：%1</translation>
    </message>
    <message>
        <source>Models added: %1</source>
        <translation>新增模型：%1</translation>
    </message>
    <message>
        <source>Models removed: %1</source>
        <translation>移除模型：%1</translation>
    </message>
    <message>
        <source>Model changes waiting for review: %1</source>
        <translation>待审核的模型变更：%1</translation>
    </message>
    <message>
        <source>Model sync failed</source>
        <translation>模型同步失败</translation>
    </message>
    <message>
        <source>api.yaml not written</source>
        <translation>api.yaml 未写入</translation>
    </message>
    <message>
        <source>api.yaml created</source>
        <translation>已创建 api.yaml</translation>
    </message>
    <message>
        <source>Not set up yet: add a gpt-load instance</source>
        <translation>尚未设置：请添加 gpt-load 实例</translation>
    </message>
    <message>
        <source>Layout of the original uni-load found</source>
        <translation>发现原版 uni-load 的布局</translation>
    </message>
    <message>
        <source>uni-api not reloaded</source>
        <translation>uni-api 未重新加载</translation>
    </message>
    <message>
        <source>api.yaml written but not live</source>
        <translation>api.yaml 已写入但未生效</translation>
    </message>
    <message>
        <source>Instance file does not load</source>
        <translation>实例文件无法加载</translation>
    </message>
    <message>
        <source>Weight optimization failed</source>
        <translation>权重优化失败</translation>
    </message>
    <message>
        <source>api.yaml not written: %1</source>
        <translation>api.yaml 未写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) failing: %1</source>
        <translation>
            <numerusform>%n 个渠道异常：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) out of rotation: %1</source>
        <translation>
            <numerusform>%n 个渠道已移出轮换：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ul::UniApiPage</name>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>uni-load</source>
        <translation>uni-load</translation>
    </message>
    <message>
        <source>original uni-load (adopted)</source>
        <translation>原版 uni-load（已接管）</translation>
    </message>
    <message>
        <source>hand-written (not touched)</source>
        <translation>手写（不改动）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Models (→ alias)</source>
        <translation>模型（→ 别名）</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>api.yaml</source>
        <translation>api.yaml</translation>
    </message>
    <message>
        <source>gpt-load providers in api.yaml</source>
        <translation>api.yaml 中的 gpt-load 提供方</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>api.yaml: not configured (UNI_API_YAML_PATH)</source>
        <translation>api.yaml：未配置（UNI_API_YAML_PATH）</translation>
    </message>
    <message numerus="yes">
        <source>api.yaml: %1 — %n provider(s), </source>
        <translation>
            <numerusform>api.yaml：%1 — %n 个提供方，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed by uni-load</source>
        <translation>
            <numerusform>其中 %n 个由 uni-load 管理</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Cannot read api.yaml: %1</source>
        <translation>无法读取 api.yaml：%1</translation>
    </message>
    <message>
        <source>Cannot list the backups: %1</source>
        <translation>无法列出备份：%1</translation>
    </message>
    <message>
        <source>Restore api.yaml</source>
        <translation>恢复 api.yaml</translation>
    </message>
    <message>
        <source>Replace api.yaml with the backup of %1?

The current file is backed up first. uni-api reads the restored file at its next reload; the next reconciliation brings the managed providers up to date again.</source>
        <translation>要用 %1 的备份替换 api.yaml 吗？

当前文件会先被备份。uni-api 会在下次重新加载时读取恢复后的文件；下次调和会再次更新受管理的提供方。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Restored %1 (the previous file is in %2).</source>
        <translation>已恢复 %1（之前的文件保存在 %2）。</translation>
    </message>
    <message>
        <source>api.yaml already equals %1; nothing written.</source>
        <translation>api.yaml 已与 %1 相同；未写入。</translation>
    </message>
    <message>
        <source>uni-load manages no provider in api.yaml yet.</source>
        <translation>uni-load 尚未在 api.yaml 中管理任何提供方。</translation>
    </message>
    <message>
        <source>No backup of api.yaml yet: one is made before every change.</source>
        <translation>暂无 api.yaml 备份：每次更改前都会先备份。</translation>
    </message>
    <message>
        <source>The last change was not written, uni-api still serves the file above: %1</source>
        <translation>最近的更改未写入，uni-api 仍在使用上面的文件：%1</translation>
    </message>
    <message>
        <source>No provider matches the filter.</source>
        <translation>没有提供方符合筛选条件。</translation>
    </message>
    <message>
        <source>Filter by provider, model, alias, base URL…</source>
        <translation>按提供方、模型、别名、基础 URL 筛选…</translation>
    </message>
    <message>
        <source>Choose api.yaml…</source>
        <translation>选择 api.yaml…</translation>
    </message>
    <message>
        <source>The uni-api configuration file to publish to (UNI_API_YAML_PATH); used from the next start.</source>
        <translation>发布到的 uni-api 配置文件（UNI_API_YAML_PATH）；下次启动时生效。</translation>
    </message>
    <message>
        <source>api.yaml: %1 — not created yet; the first onboarding creates it</source>
        <translation>api.yaml：%1 — 尚未创建；首次接入站点时创建</translation>
    </message>
    <message>
        <source>api.yaml: %1 — not created yet, nor its directory; the first onboarding creates both</source>
        <translation>api.yaml：%1 — 文件及其目录均尚未创建；首次接入站点时一并创建</translation>
    </message>
    <message>
        <source>Choose api.yaml</source>
        <translation>选择 api.yaml</translation>
    </message>
    <message>
        <source>uni-api configuration (*.yaml *.yml)</source>
        <translation>uni-api 配置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>api.yaml set to %1. %2</source>
        <translation>api.yaml 已设为 %1。%2</translation>
    </message>
    <message>
        <source>uni-api reload: %1</source>
        <translation>uni-api 重新加载：%1</translation>
    </message>
    <message>
        <source>Preview changes…</source>
        <translation>预览变更…</translation>
    </message>
    <message>
        <source>What the next write of api.yaml (a reconciliation now) would change, as a diff; keys are masked.</source>
        <translation>api.yaml 的下一次写入（即此刻执行一次调和）会改变哪些内容，以差异形式显示；密钥已遮盖。</translation>
    </message>
    <message>
        <source>Planning the next write of api.yaml…</source>
        <translation>正在规划 api.yaml 的下一次写入…</translation>
    </message>
    <message>
        <source>Cannot preview api.yaml: %1</source>
        <translation>无法预览 api.yaml：%1</translation>
    </message>
    <message>
        <source>Pending changes to api.yaml</source>
        <translation>api.yaml 的待写入变更</translation>
    </message>
    <message>
        <source>What the next reconciliation would write to %1 now:</source>
        <translation>如果此刻执行调和，将写入 %1 的变更：</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>New client key of api.yaml</source>
        <translation>api.yaml 的新客户端密钥</translation>
    </message>
    <message>
        <source>uni-api&apos;s clients send this key (api.yaml, api_keys). It is not shown again here; it stays in api.yaml.</source>
        <translation>uni-api 的客户端使用此密钥（api.yaml 的 api_keys）。此处不会再次显示；它保留在 api.yaml 中。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>uni-load created api.yaml with a new client key for uni-api&apos;s clients. It is shown once, here or in the web console; it stays in api.yaml under api_keys.</source>
        <translation>uni-load 创建了 api.yaml，并为 uni-api 的客户端生成了新密钥。它只显示一次（此处或网页控制台）；之后保留在 api.yaml 的 api_keys 中。</translation>
    </message>
    <message>
        <source>Show key…</source>
        <translation>显示密钥…</translation>
    </message>
    <message>
        <source>A reconciliation writes it again at %1.</source>
        <translation>将于 %1 通过一次调和重新写入。</translation>
    </message>
    <message>
        <source>Reconciling to write api.yaml again…</source>
        <translation>正在调和以重新写入 api.yaml…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Write again now</source>
        <translation>立即重新写入</translation>
    </message>
    <message>
        <source>Run a reconciliation now, which writes api.yaml, instead of waiting for the automatic retry</source>
        <translation>立即运行一次调和（会写入 api.yaml），无需等待自动重试</translation>
    </message>
</context>
<context>
    <name>ul::WeightOptimizationDialog</name>
    <message>
        <source>change</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>kept (within 5 %)</source>
        <translation>保持（5% 以内）</translation>
    </message>
    <message>
        <source>kept (set by hand)</source>
        <translation>保持（手动设置）</translation>
    </message>
    <message>
        <source>kept (no stats)</source>
        <translation>保持（无统计）</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message numerus="yes">
        <source>The optimizer runs every %n hour(s); next run %1.</source>
        <translation>
            <numerusform>优化器每 %n 小时运行一次；下次运行 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled run is off (ENABLE_WEIGHT_OPTIMIZATION in Settings); this runs it once.</source>
        <translation>定时运行已关闭（设置中的 ENABLE_WEIGHT_OPTIMIZATION）；可在此手动运行一次。</translation>
    </message>
    <message>
        <source>Last run %1.</source>
        <translation>上次运行 %1。</translation>
    </message>
    <message>
        <source>Optimize weights</source>
        <translation>优化权重</translation>
    </message>
    <message>
        <source>Each member of a model group gets the weight max(1, (1 − failure rate) × 100) from the requests gpt-load counted for its model channel group over the last 24 hours; fewer than 10 requests count as 100. Model groups with one active member and members out of rotation are left alone.</source>
        <translation>模型分组的每个成员按 gpt-load 在过去 24 小时为其模型渠道分组统计的请求获得权重 max(1, (1 − 失败率) × 100)；少于 10 个请求按 100 计。只有一个活跃成员的模型分组和不在轮换中的成员保持不变。</translation>
    </message>
    <message>
        <source>Include weights set by hand</source>
        <translation>包括手动设置的权重</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>模型分组</translation>
    </message>
    <message>
        <source>Model channel</source>
        <translation>模型渠道</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The engine is not running.</source>
        <translation>引擎未运行。</translation>
    </message>
    <message>
        <source>Reading the stats of the model channel groups…</source>
        <translation>正在读取模型渠道分组的统计…</translation>
    </message>
    <message>
        <source>Storing the weights and applying them to gpt-load…</source>
        <translation>正在保存权重并应用到 gpt-load…</translation>
    </message>
    <message>
        <source>Cannot read the stats: %1</source>
        <translation>无法读取统计：%1</translation>
    </message>
    <message>
        <source>Weights not changed: %1</source>
        <translation>权重未更改：%1</translation>
    </message>
    <message>
        <source>No model group has two or more active members: nothing to balance.</source>
        <translation>没有拥有两个或更多活跃成员的模型分组：无需平衡。</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) would change.</source>
        <translation>
            <numerusform>将调整 %n 个权重。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) changed and applied to gpt-load.</source>
        <translation>
            <numerusform>已调整 %n 个权重并应用到 gpt-load。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stats of %n group(s) could not be read; their weights stay.</source>
        <translation>
            <numerusform>%n 个分组的统计无法读取；其权重保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>gpt-load gets them with the next reconciliation: %1</source>
        <translation>gpt-load 将在下次调和时获得它们：%1</translation>
    </message>
</context>
<context>
    <name>ul::ui</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ul::ui::Format</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>between the parts of a duration</comment>
        <translation> </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ul::ui::StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
</TS>
