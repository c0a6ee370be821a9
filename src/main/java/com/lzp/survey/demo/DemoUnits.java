package com.lzp.survey.demo;

import com.lzp.survey.collection.UnitType;
import java.util.List;

/** The 73 units of the demo city: names and types of a municipal organ working committee's units. */
final class DemoUnits {

    record Template(String name, UnitType type) {}

    static final List<Template> ALL = List.of(
            party("市委办公室"),
            party("市人大常委会机关"),
            party("市政协机关"),
            party("市纪委监委机关"),
            party("市委组织部"),
            party("市委宣传部"),
            party("市委统战部"),
            party("市委政法委员会"),
            party("市委政策研究室"),
            party("市委网信办"),
            party("市委机构编制委员会办公室"),
            party("市直机关工委"),
            party("市委党校"),
            party("市委老干部局"),
            party("市委巡察工作领导小组办公室"),
            government("市政府办公室"),
            government("市发展和改革委员会"),
            government("市教育局"),
            government("市科学技术局"),
            government("市工业和信息化局"),
            government("市公安局"),
            government("市民政局"),
            government("市司法局"),
            government("市财政局"),
            government("市人力资源和社会保障局"),
            government("市自然资源和规划局"),
            government("市生态环境局"),
            government("市住房和城乡建设局"),
            government("市交通运输局"),
            government("市水利局"),
            government("市农业农村局"),
            government("市商务局"),
            government("市文化广电旅游局"),
            government("市卫生健康委员会"),
            government("市退役军人事务局"),
            government("市应急管理局"),
            government("市审计局"),
            government("市国有资产监督管理委员会"),
            government("市市场监督管理局"),
            government("市统计局"),
            government("市医疗保障局"),
            government("市城市管理局"),
            government("市信访局"),
            government("市机关事务管理局"),
            government("市数据资源管理局"),
            mass("市总工会"),
            mass("共青团市委"),
            mass("市妇女联合会"),
            mass("市科学技术协会"),
            mass("市文学艺术界联合会"),
            mass("市社会科学界联合会"),
            mass("市归国华侨联合会"),
            mass("市残疾人联合会"),
            mass("市工商业联合会"),
            mass("市红十字会"),
            institution("市第一人民医院"),
            institution("市中心医院"),
            institution("市中医院"),
            institution("市疾病预防控制中心"),
            institution("市广播电视台"),
            institution("市日报社"),
            institution("市图书馆"),
            institution("市住房公积金管理中心"),
            enterprise("市城市建设投资集团"),
            enterprise("市交通投资集团"),
            enterprise("市水务集团"),
            enterprise("市公共交通集团"),
            enterprise("市国有资本运营公司"),
            enterprise("市燃气集团"),
            other("市税务局"),
            other("市气象局"),
            other("市邮政管理局"),
            other("市烟草专卖局"));

    private DemoUnits() {}

    /** Typical number of party-affairs cadres of a unit of this type: low and high bound. */
    static int[] typicalSize(UnitType type) {
        return switch (type) {
            case PARTY_DEPARTMENT -> new int[] {5, 11};
            case GOVERNMENT_DEPARTMENT -> new int[] {6, 12};
            case MASS_ORGANIZATION -> new int[] {3, 6};
            case PUBLIC_INSTITUTION -> new int[] {8, 18};
            case STATE_ENTERPRISE -> new int[] {10, 20};
            case OTHER -> new int[] {5, 9};
        };
    }

    private static Template party(String name) {
        return new Template(name, UnitType.PARTY_DEPARTMENT);
    }

    private static Template government(String name) {
        return new Template(name, UnitType.GOVERNMENT_DEPARTMENT);
    }

    private static Template mass(String name) {
        return new Template(name, UnitType.MASS_ORGANIZATION);
    }

    private static Template institution(String name) {
        return new Template(name, UnitType.PUBLIC_INSTITUTION);
    }

    private static Template enterprise(String name) {
        return new Template(name, UnitType.STATE_ENTERPRISE);
    }

    private static Template other(String name) {
        return new Template(name, UnitType.OTHER);
    }
}
