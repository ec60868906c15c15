-- wrk script: a different search on every request (two words from the seeded content's vocabulary, in turn,
-- and every fourth request filtered by type), so no two requests in a run ask the same question; the
-- Authorization header keeps the output cache out as for the uncached article.
local words = { "拐卖", "儿童", "妇女", "招工", "高薪", "婚姻", "介绍", "火车站", "客运站", "报警", "线索", "志愿者",
  "打工", "求职", "网络", "中介", "学校", "家长", "农村", "留守", "跨境", "证件", "工资", "老板", "车票", "陌生人",
  "救助", "举报", "奖励", "残疾" }
local n = 0
wrk.headers["Authorization"] = "Bearer bench"

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  n = n + 1
  local a = words[(n % #words) + 1]
  local b = words[(math.floor(n / #words) % #words) + 1]
  local path = "/search?q=" .. encode(a .. " " .. b)
  if n % 4 == 0 then path = path .. "&type=article" end
  return wrk.format("GET", path)
end
